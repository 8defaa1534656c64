using System.Globalization;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Reports.Charts;

namespace AllianceTracker.Web.Features.Dashboard;

public static class DashboardCharts
{
    public static WardMetricChart For(MetricSeries series, IReadOnlyList<DashboardPeriod> buckets)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new WardMetricChart(series.Metric.Title, series.Metric.Unit, [.. series.Buckets.Select((f, i) =>
            new WardMetricPoint(buckets[i].Start.ToString("d MMM", CultureInfo.InvariantCulture), f.Value, f.Suppressed))]);
    }
}
