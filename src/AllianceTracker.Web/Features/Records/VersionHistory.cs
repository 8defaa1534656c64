using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using AllianceTracker.Core.Records;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Records;

/// <summary>Every version of a record, oldest first, with who recorded it, when and why: what the history partial shows.</summary>
public sealed record VersionHistory(IReadOnlyList<HistoryEntry> Entries)
{
    public static async Task<VersionHistory> LoadAsync<TContent>(
        IEnumerable<RecordVersion<TContent>> versions, AllianceDbContext db, string timeZoneId, CancellationToken cancellationToken)
        where TContent : class
    {
        var ordered = versions.OrderBy(v => v.VersionNumber).ToList();
        var staffIds = ordered.Select(v => v.RecordedBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return new VersionHistory(ordered.Select(v => new HistoryEntry(
            v.VersionNumber, Format(v.RecordedAt, zone), names.GetValueOrDefault(v.RecordedBy, "unknown staff member"), v.AmendmentReason,
            Fields(v.Content, zone))).ToList());
    }

    /// <summary>The content's fields as label and value, in declaration order; one description serves every record type.</summary>
    private static List<HistoryField> Fields<TContent>(TContent content, TimeZoneInfo zone) =>
        typeof(TContent).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType != typeof(Guid) && p.PropertyType != typeof(Guid?))
            .Select(p => new HistoryField(Label(p.Name), p.GetValue(content) switch
            {
                null => "—",
                DateTimeOffset at => Format(at, zone),
                bool yes => yes ? "yes" : "no",
                var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "—",
            }))
            .ToList();

    private static string Format(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Label(string propertyName)
    {
        var words = Regex.Replace(propertyName, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}

public sealed record HistoryEntry(int Version, string RecordedAt, string RecordedBy, string? Reason, IReadOnlyList<HistoryField> Fields);

public sealed record HistoryField(string Label, string Value);
