namespace AllianceTracker.Core.Dashboard;

public sealed record StayInterval(Guid PatientId, DateTimeOffset AdmittedAt, DateTimeOffset? DischargedAt);

/// <summary>
/// Occupied bed-days by midnight census in the ward's time zone: a stay counts one bed-day for each local day at
/// whose end (the next midnight) the patient is admitted; a stay admitted and discharged on the same day counts one.
/// Only midnights that have passed count.
/// </summary>
public static class BedDays
{
    public static int Count(IEnumerable<StayInterval> stays, DashboardPeriod period, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stays);
        ArgumentNullException.ThrowIfNull(period);
        var lastCensusDay = WardClock.LocalDay(now, zone).AddDays(-1);
        var total = 0;
        foreach (var stay in stays)
        {
            var admitted = WardClock.LocalDay(stay.AdmittedAt, zone);
            var last = stay.DischargedAt is { } discharged ? LastCensusDay(discharged, zone) : lastCensusDay;
            if (last > lastCensusDay)
            {
                last = lastCensusDay;
            }

            if (last < admitted && stay.DischargedAt is { } end && WardClock.LocalDay(end, zone) == admitted && admitted <= lastCensusDay.AddDays(1))
            {
                total += period.Contains(admitted) ? 1 : 0;
                continue;
            }

            var from = admitted > period.From ? admitted : period.From;
            var to = last < period.To ? last : period.To;
            total += Math.Max(0, to.DayNumber - from.DayNumber + 1);
        }

        return total;
    }

    /// <summary>The last day whose closing midnight the patient was still admitted at.</summary>
    private static DateOnly LastCensusDay(DateTimeOffset discharged, TimeZoneInfo zone)
    {
        var day = WardClock.LocalDay(discharged, zone);
        return discharged > WardClock.StartOf(day, zone) ? day.AddDays(-1) : day.AddDays(-2);
    }
}
