namespace AllianceTracker.Core.Dashboard;

public enum DashboardBucket
{
    Week,
    Month,
}

/// <summary>Local days <see cref="From"/> to <see cref="To"/>, both included; <see cref="Start"/> labels it (a bucket's first day, Monday or the 1st).</summary>
public sealed record DashboardPeriod(DateOnly Start, DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly day) => From <= day && day <= To;
}

public static class DashboardPeriods
{
    /// <summary>The buckets of a period, aligned to Monday (weeks, ISO 8601) or the 1st (months) and cut to the period.</summary>
    public static IReadOnlyList<DashboardPeriod> Buckets(DateOnly from, DateOnly to, DashboardBucket bucket)
    {
        var buckets = new List<DashboardPeriod>();
        for (var start = AlignedStart(from, bucket); start <= to; start = Next(start, bucket))
        {
            var end = Next(start, bucket).AddDays(-1);
            buckets.Add(new DashboardPeriod(start, start < from ? from : start, end > to ? to : end));
        }

        return buckets;
    }

    /// <summary>
    /// The period just before, to compare with: as many whole months when the period is whole months,
    /// otherwise as many days.
    /// </summary>
    public static DashboardPeriod Previous(DateOnly from, DateOnly to)
    {
        if (from.Day == 1 && to.AddDays(1).Day == 1)
        {
            var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
            var start = from.AddMonths(-months);
            return new DashboardPeriod(start, start, from.AddDays(-1));
        }

        var days = to.DayNumber - from.DayNumber + 1;
        return new DashboardPeriod(from.AddDays(-days), from.AddDays(-days), from.AddDays(-1));
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly AlignedStart(DateOnly day, DashboardBucket bucket) =>
        bucket == DashboardBucket.Week ? WeekStart(day) : new DateOnly(day.Year, day.Month, 1);

    private static DateOnly Next(DateOnly start, DashboardBucket bucket) =>
        bucket == DashboardBucket.Week ? start.AddDays(7) : start.AddMonths(1);
}
