using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

[Authorize(Policy = StaffRole.WardManager)]
[Audited(AuditAction.Read, "WardDashboard")]
public class IndexModel(WardAccess access, WardDashboardQuery query, AllianceDbContext db) : WardPeriodPage
{
    [BindProperty(SupportsGet = true)]
    public string? Bucket { get; set; }

    public DashboardRange? Range { get; private set; }

    public WardFigures? Figures { get; private set; }

    public IReadOnlyList<WardReportView> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Range = await ChooseAsync(access.VisibleWards(), Bucket, query, cancellationToken);
        if (Range is null)
        {
            return;
        }

        Bucket = Range.Bucket == DashboardBucket.Month ? "month" : "week";
        Figures = await query.RunAsync(Selected!, Range, cancellationToken);
        Reports = await db.WardReportsOf(Selected!.Id).Take(12).ToListAsync(cancellationToken);
    }

    public string CsvUrl => $"/api/v1/wards/{Selected?.Id}/dashboard.csv?from={From}&to={To}&bucket={Bucket}";

    /// <summary>The part metrics (sections and measures) get a table only; the others a chart and a table.</summary>
    public static bool IsCharted(MetricSeries series) => series.Metric.Parent is null || series.Metric.Parent == MetricCatalog.Sessions;

    public static string Chart(MetricSeries series, IReadOnlyList<DashboardPeriod> buckets) => DashboardCharts.For(series, buckets).ToSvg();

    public static string Change(MetricSeries series)
    {
        if (series.Current is not { Suppressed: false, Value: { } now } || series.Previous is not { Suppressed: false, Value: { } before })
        {
            return string.Empty;
        }

        return (now - before).ToString("+0.0;-0.0;0.0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
