namespace AllianceTracker.Web.Features.Summaries;

/// <summary>Days and times as the ward lives them: summaries speak of the ward's calendar days, not of UTC.</summary>
public sealed class WardTime(TimeZoneInfo zone)
{
    public static WardTime Of(string timeZoneId) => new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    public DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>The instant the ward's day begins, in UTC as the databases want it for comparisons.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The instants that bound whole days <paramref name="from"/> to <paramref name="to"/>: start inclusive, end exclusive.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly from, DateOnly to) => (StartOf(from), StartOf(to.AddDays(1)));
}
