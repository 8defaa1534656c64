using AllianceTracker.Core.Dashboard;

namespace AllianceTracker.Core.Tests.Dashboard;

/// <summary>Fixtures: an Oslo ward with the default thresholds, patients, facts and instants written on the ward's clock.</summary>
internal static class Wards
{
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    public static readonly Guid WardId = Guid.Parse("00000000-0000-0000-0000-00000000aaaa");
    public static readonly WardFactSettings Settings = new(Oslo, RaterGapPoints: 25, FollowUpWithinHours: 48);

    public static Guid Patient(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    /// <summary>An instant given as Oslo wall-clock time.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour = 12, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Oslo.GetUtcOffset(local));
    }

    public static FactRow Fact(DateOnly day, int patient, string key, int count = 1, double? value = null) =>
        new(day, Patient(patient), key, count, value);

    public static IEnumerable<FactRow> SessionFacts(DateOnly day, int patients, int ratedBy)
    {
        for (var p = 1; p <= patients; p++)
        {
            yield return Fact(day, p, FactKeys.Sessions);
            yield return Fact(day, p, p <= ratedBy ? FactKeys.Rated : FactKeys.Declined);
        }
    }

    public static WardData Data(IEnumerable<FactRow> facts, IEnumerable<StayInterval>? stays = null, DateTimeOffset? now = null) =>
        new([.. facts], [.. stays ?? []], [], Oslo, now ?? Local(2027, 1, 1));

    public static MetricDefinition Metric(string key) => MetricCatalog.Fixed.Single(m => m.Key == key);
}
