using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Organisation;

namespace AllianceTracker.Web.Features.Dashboard;

public sealed record WardView(Guid Id, string Name, string TimeZoneId)
{
    public static WardView From(Ward ward) => new(ward.Id, ward.Name, ward.TimeZoneId);
}

/// <summary>One figure: a hidden one has no value and no n, and shows "&lt; 5".</summary>
public sealed record FigureView(DateOnly PeriodStart, double? Value, int? N, bool Suppressed, string Display);

public sealed record MetricView(
    string Key, string Group, string Title, string Unit, string? Parent, string DefinitionUrl,
    FigureView Current, FigureView Previous, IReadOnlyList<FigureView> Buckets);

/// <summary>The dashboard JSON of <c>GET /api/v1/wards/{id}/dashboard</c>.</summary>
public sealed record DashboardView(
    WardView Ward, DateOnly From, DateOnly To, DashboardBucket Bucket, DateOnly PreviousFrom, DateOnly PreviousTo,
    int SuppressionThreshold, string DefinitionsUrl, IReadOnlyList<MetricView> Metrics)
{
    public const string DefinitionsPath = "/Dashboard/Definitions";

    public static DashboardView Of(Ward ward, DashboardRange range, WardFigures figures) =>
        new(
            WardView.From(ward), range.From, range.To, range.Bucket, figures.Previous.From, figures.Previous.To,
            SmallNumberSuppression.MinimumPatients, DefinitionsPath,
            [.. figures.Metrics.Select(series => new MetricView(
                series.Metric.Key, series.Metric.Group, series.Metric.Title, series.Metric.Unit, series.Metric.Parent,
                $"{DefinitionsPath}#{series.Metric.Anchor}",
                View(series.Metric, figures.Current.Start, series.Current),
                View(series.Metric, figures.Previous.Start, series.Previous),
                [.. series.Buckets.Select((f, i) => View(series.Metric, figures.Buckets[i].Start, f))]))]);

    private static FigureView View(MetricDefinition metric, DateOnly start, Figure figure) =>
        new(start, figure.Value, figure.Patients, figure.Suppressed, figure.Display(metric.Kind));
}

/// <summary>The JSON of <c>GET /api/v1/wards/{id}/dashboard/mine</c>: the ward's figures and the caller's own, side by side.</summary>
public sealed record OwnDashboardView(DashboardView Ward, DashboardView Own);
