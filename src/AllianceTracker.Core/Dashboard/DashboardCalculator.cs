namespace AllianceTracker.Core.Dashboard;

/// <summary>A fact as the dashboard reads it: no ward (one ward is read at a time), no id.</summary>
public sealed record FactRow(DateOnly Day, Guid PatientId, string Key, int Count, double? Value);

public sealed record EpisodeInterval(Guid PatientId, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt);

/// <summary>Everything the figures of one ward are computed from: daily facts, stays and rupture episodes.</summary>
public sealed record WardData(
    IReadOnlyList<FactRow> Facts,
    IReadOnlyList<StayInterval> Stays,
    IReadOnlyList<EpisodeInterval> RuptureEpisodes,
    TimeZoneInfo TimeZone,
    DateTimeOffset Now);

/// <summary>One figure before suppression: its value (null when there is nothing to divide by) and how many patients it is drawn from.</summary>
public sealed record RawFigure(double? Value, int Patients);

/// <summary>Computes a metric over a period from the daily facts; the cost follows the days read, not the records behind them.</summary>
public sealed class DashboardCalculator
{
    private readonly WardData _data;
    private readonly ILookup<DateOnly, FactRow> _byDay;

    public DashboardCalculator(WardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _byDay = data.Facts.ToLookup(f => f.Day);
    }

    public RawFigure Compute(MetricDefinition metric, DashboardPeriod period)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(period);
        return metric.Kind switch
        {
            MetricKind.Count => Count(metric, period),
            MetricKind.Ratio => Ratio(metric, period),
            MetricKind.PerHundredBedDays => PerBedDays(metric, period),
            MetricKind.Median => Median(metric, period),
            MetricKind.OpenAtEnd => OpenAtEnd(period),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Kind, "Unknown metric kind."),
        };
    }

    private RawFigure Count(MetricDefinition metric, DashboardPeriod period)
    {
        var (count, patients) = Sum(period, Exactly(metric.Numerator));
        return new(count, patients.Count);
    }

    private RawFigure Ratio(MetricDefinition metric, DashboardPeriod period)
    {
        var (numerator, _) = Sum(period, Exactly(metric.Numerator));
        var (denominator, patients) = Sum(period, Exactly(metric.Denominator!));
        return new(denominator == 0 ? null : Round(100.0 * numerator / denominator), patients.Count);
    }

    private RawFigure PerBedDays(MetricDefinition metric, DashboardPeriod period)
    {
        Func<string, bool> match = metric.Numerator.EndsWith(':')
            ? key => key.StartsWith(metric.Numerator, StringComparison.Ordinal)
            : Exactly(metric.Numerator);
        var (decisions, patients) = Sum(period, match);
        var bedDays = BedDays.Count(_data.Stays, period, _data.TimeZone, _data.Now);
        return new(bedDays == 0 ? null : Round(100.0 * decisions / bedDays), patients.Count);
    }

    private RawFigure Median(MetricDefinition metric, DashboardPeriod period)
    {
        var samples = Days(period).Where(f => f.Key == metric.Numerator && f.Value is not null).ToList();
        var values = samples.Select(s => s.Value!.Value).Order().ToList();
        double? median = values.Count == 0 ? null
            : values.Count % 2 == 1 ? values[values.Count / 2]
            : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        return new(median is { } m ? Round(m) : null, samples.Select(s => s.PatientId).Distinct().Count());
    }

    /// <summary>Episodes open at the end of the period, or now when the period has not ended.</summary>
    private RawFigure OpenAtEnd(DashboardPeriod period)
    {
        var end = WardClock.StartOf(period.To.AddDays(1), _data.TimeZone);
        var at = end < _data.Now ? end : _data.Now;
        var open = _data.RuptureEpisodes.Where(e => e.OpenedAt < at && (e.ClosedAt is null || e.ClosedAt >= at)).ToList();
        return new(open.Count, open.Select(e => e.PatientId).Distinct().Count());
    }

    private (int Sum, HashSet<Guid> Patients) Sum(DashboardPeriod period, Func<string, bool> match)
    {
        var sum = 0;
        var patients = new HashSet<Guid>();
        foreach (var fact in Days(period).Where(f => f.Value is null && match(f.Key)))
        {
            sum += fact.Count;
            if (fact.Count > 0)
            {
                patients.Add(fact.PatientId);
            }
        }

        return (sum, patients);
    }

    private IEnumerable<FactRow> Days(DashboardPeriod period)
    {
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
        {
            foreach (var fact in _byDay[day])
            {
                yield return fact;
            }
        }
    }

    private static Func<string, bool> Exactly(string key) => k => k == key;

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
