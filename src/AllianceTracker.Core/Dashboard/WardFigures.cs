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

public sealed record MetricSeries(MetricDefinition Metric, IReadOnlyList<Figure> Buckets, Figure Current, Figure Previous)
{
    /// <summary>The figures in column order: the buckets, then the period, then the period before.</summary>
    public Figure Column(int column, int bucketCount) =>
        column < bucketCount ? Buckets[column] : column == bucketCount ? Current : Previous;
}

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
        var layout = Layout.Of(from, to, bucket);
        var raw = layout.Raw(data, metrics);
        return layout.Suppressed(metrics, raw, raw);
    }

    /// <summary>
    /// A therapist's own figures beside the ward's. Besides the usual rules, an own figure is hidden wherever the
    /// ward's is hidden, and wherever the rest of the ward (its patients less the therapist's) is 1 to 4 patients:
    /// otherwise subtracting one figure from the other would show what suppression hides.
    /// </summary>
    public static (WardFigures Ward, WardFigures Own) ComputeBeside(
        WardData ward, WardData own, IReadOnlyList<MetricDefinition> metrics, DateOnly from, DateOnly to, DashboardBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var layout = Layout.Of(from, to, bucket);
        var wardRaw = layout.Raw(ward, metrics);
        var wardFigures = layout.Suppressed(metrics, wardRaw, wardRaw);
        var ownRaw = layout.Raw(own, metrics);
        var shownAs = ownRaw.Select((row, m) => (IReadOnlyList<RawFigure>)[.. row.Select((figure, c) =>
        {
            var wardFigure = wardFigures.Metrics[m].Column(c, layout.Buckets.Count);
            var rest = wardRaw[m][c].Patients - figure.Patients;
            return wardFigure.Suppressed || rest is > 0 and < SmallNumberSuppression.MinimumPatients ? figure with { Patients = 0 } : figure;
        })]).ToList();
        return (wardFigures, layout.Suppressed(metrics, ownRaw, shownAs));
    }

    private sealed record Layout(IReadOnlyList<DashboardPeriod> Buckets, DashboardPeriod Current, DashboardPeriod Previous)
    {
        public static Layout Of(DateOnly from, DateOnly to, DashboardBucket bucket) =>
            new(DashboardPeriods.Buckets(from, to, bucket), new DashboardPeriod(from, from, to), DashboardPeriods.Previous(from, to));

        private IReadOnlyList<DashboardPeriod> Columns => [.. Buckets, Current, Previous];

        public List<IReadOnlyList<RawFigure>> Raw(WardData data, IReadOnlyList<MetricDefinition> metrics)
        {
            var calculator = new DashboardCalculator(data);
            return [.. metrics.Select(m => (IReadOnlyList<RawFigure>)[.. Columns.Select(c => calculator.Compute(m, c))])];
        }

        /// <param name="suppressBy">The figures suppression decides on: the raw ones, or raw ones with patient counts lowered to force hiding.</param>
        public WardFigures Suppressed(IReadOnlyList<MetricDefinition> metrics, List<IReadOnlyList<RawFigure>> raw, List<IReadOnlyList<RawFigure>> suppressBy)
        {
            var hidden = SmallNumberSuppression.Apply(metrics, suppressBy);
            var series = metrics.Select((m, i) =>
            {
                var figures = raw[i].Select((f, c) => Figure.From(f, hidden[i][c])).ToList();
                return new MetricSeries(m, figures[..Buckets.Count], figures[Buckets.Count], figures[Buckets.Count + 1]);
            }).ToList();
            return new WardFigures(Buckets, Current, Previous, series);
        }
    }
}
