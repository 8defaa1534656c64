using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.Net.Http.Headers;

namespace AllianceTracker.Web.Features.Summaries;

public enum SummaryResponseFormat
{
    Json,
    Html,
    Pdf,
}

/// <summary>Picks the summary's format: <c>?format=</c> when given, else the most preferred of the Accept header's types we serve, else JSON.</summary>
public static class SummaryFormatNegotiation
{
    private static readonly (string MediaType, SummaryResponseFormat Format)[] Served =
    [
        ("application/json", SummaryResponseFormat.Json),
        ("text/html", SummaryResponseFormat.Html),
        ("application/pdf", SummaryResponseFormat.Pdf),
    ];

    public static SummaryResponseFormat Choose(string? format, HttpRequest request)
    {
        if (!string.IsNullOrEmpty(format))
        {
            return Enum.GetNames<SummaryResponseFormat>().FirstOrDefault(n => n.Equals(format, StringComparison.OrdinalIgnoreCase)) is { } name
                ? Enum.Parse<SummaryResponseFormat>(name)
                : throw RequestValidationException.For("format", "Use json, html or pdf.");
        }

        var accepted = request.GetTypedHeaders().Accept
            .Where(a => a.Quality is not 0)
            .OrderByDescending(a => a.Quality ?? 1);
        foreach (var range in accepted)
        {
            var match = Served.FirstOrDefault(s => new MediaTypeHeaderValue(s.MediaType).IsSubsetOf(range));
            if (match.MediaType is not null)
            {
                return match.Format;
            }
        }

        return SummaryResponseFormat.Json;
    }
}
