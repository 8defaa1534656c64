using System.Globalization;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Reports.Summaries;
using AllianceTracker.Web.Infrastructure.Errors;

namespace AllianceTracker.Web.Features.Summaries;

/// <summary>Whole days, both inclusive, in the ward's time zone.</summary>
public sealed record SummaryPeriod(DateOnly From, DateOnly To);

/// <summary>
/// What a caller asked for: a period (or none, for the default), an audience and a language (or none, for the
/// audience's default). Parsed from query strings here so that every bad value is a 400 that names its field.
/// </summary>
public sealed record SummaryQuery(SummaryPeriod? Period, SummaryAudience Audience, string? Language)
{
    public static SummaryQuery Parse(string? from, string? to, string? audience, string? lang) =>
        new(ParsePeriod(from, to, "from", "to"), ParseAudience(audience, "audience"), ParseLanguage(lang));

    /// <summary>Both dates or neither; given, <paramref name="to"/> must not be before <paramref name="from"/>.</summary>
    public static SummaryPeriod? ParsePeriod(string? from, string? to, string fromField, string toField)
    {
        var start = ParseDate(from, fromField);
        var end = ParseDate(to, toField);
        return (start, end) switch
        {
            (null, null) => null,
            (null, _) => throw RequestValidationException.For(fromField, "Give {0} together with {1}.", fromField, toField),
            (_, null) => throw RequestValidationException.For(toField, "Give {0} together with {1}.", toField, fromField),
            ({ } s, { } e) when e < s => throw RequestValidationException.For(toField, "{0} must not be before {1}.", toField, fromField),
            ({ } s, { } e) => new SummaryPeriod(s, e),
        };
    }

    public static SummaryAudience ParseAudience(string? audience, string field) =>
        string.IsNullOrEmpty(audience) ? SummaryAudience.Patient
        : Enum.GetNames<SummaryAudience>().FirstOrDefault(n => n.Equals(audience, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<SummaryAudience>(name)
        : throw RequestValidationException.For(field, "Use patient or clinical.");

    private static string? ParseLanguage(string? lang) =>
        string.IsNullOrEmpty(lang) ? null
        : SummaryTexts.Languages.FirstOrDefault(l => l.Equals(lang, StringComparison.OrdinalIgnoreCase))
            ?? throw RequestValidationException.For("lang", "Use nb, nn or en.");

    private static DateOnly? ParseDate(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw RequestValidationException.For(field, "Use a date written as yyyy-MM-dd.");
}
