using System.Globalization;

namespace AllianceTracker.Core.Dashboard;

/// <summary>One cell as it may be shown: a hidden figure has neither value nor patient count.</summary>
public sealed record Figure(double? Value, int? Patients, bool Suppressed)
{
    public const string SuppressedText = "< 5";

    public static Figure From(RawFigure raw, bool suppressed) =>
        suppressed ? new(null, null, true) : new(raw.Value, raw.Patients, false);

    /// <summary>The text shown in tables and exports: "&lt; 5" when hidden, empty when there is nothing to show.</summary>
    public string Display(MetricKind kind) =>
        Suppressed ? SuppressedText
        : Value is not { } value ? string.Empty
        : value.ToString(kind is MetricKind.Count or MetricKind.OpenAtEnd ? "0" : "0.0", CultureInfo.InvariantCulture);
}

public sealed record MetricSeries(MetricDefinition Metric, IReadOnlyList<Figure> Buckets, Figure Current, Figure Previous);

/// <summary>A ward's dashboard over a period: buckets, the period as a whole and the period before it, every figure already suppressed.</summary>
public sealed record WardFigures(
    IReadOnlyList<DashboardPeriod> Buckets,
    DashboardPeriod Current,
    DashboardPeriod Previous,
    IReadOnlyList<MetricSeries> Metrics)
{
    public static WardFigures Compute(WardData data, IReadOnlyList<MetricDefinition> metrics, DateOnly from, DateOnly to, DashboardBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var calculator = new DashboardCalculator(data);
        var buckets = DashboardPeriods.Buckets(from, to, bucket);
        var current = new DashboardPeriod(from, from, to);
        var previous = DashboardPeriods.Previous(from, to);
        IReadOnlyList<DashboardPeriod> columns = [.. buckets, current, previous];

        var raw = metrics.Select(m => (IReadOnlyList<RawFigure>)[.. columns.Select(c => calculator.Compute(m, c))]).ToList();
        var hidden = SmallNumberSuppression.Apply(metrics, raw);
        var series = metrics.Select((m, i) =>
        {
            var figures = raw[i].Select((f, c) => Figure.From(f, hidden[i][c])).ToList();
            return new MetricSeries(m, figures[..buckets.Count], figures[buckets.Count], figures[buckets.Count + 1]);
        }).ToList();
        return new WardFigures(buckets, current, previous, series);
    }
}
