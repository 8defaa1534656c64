using System.Security.Cryptography;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Reports.Pdf;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>
/// Produces each ward's report for every finished week that has none, from Monday 06:00 ward time on. It looks back
/// <see cref="CatchUpWeeks"/> weeks, so a run missed while the server was down is made up at the next run; a week
/// that has a report is never made again.
/// </summary>
public sealed class WeeklyWardReports(AllianceDbContext db, WardDashboardQuery query, IPdfRenderer renderer, TimeProvider clock)
{
    public const int CatchUpWeeks = 8;
    public static readonly TimeOnly DueAt = new(6, 0);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var made = 0;
        foreach (var ward in await db.Wards.AsNoTracking().ToListAsync(cancellationToken))
        {
            var due = DueWeeks(ward);
            var existing = await db.WardReports.Where(r => r.WardId == ward.Id && due.Contains(r.WeekStart))
                .Select(r => r.WeekStart).ToListAsync(cancellationToken);
            foreach (var week in due.Except(existing))
            {
                await MakeAsync(ward, week, cancellationToken);
                made++;
            }
        }

        return made;
    }

    /// <summary>The finished weeks within the catch-up window, the latest being last week once this Monday's 06:00 has passed.</summary>
    private List<DateOnly> DueWeeks(Ward ward)
    {
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), WardDashboardQuery.ZoneOf(ward));
        var thisWeek = DashboardPeriods.WeekStart(DateOnly.FromDateTime(local.DateTime));
        var latest = local.DateTime >= thisWeek.ToDateTime(DueAt) ? thisWeek.AddDays(-7) : thisWeek.AddDays(-14);
        return [.. Enumerable.Range(0, CatchUpWeeks).Select(i => latest.AddDays(-7 * i))];
    }

    private async Task MakeAsync(Ward ward, DateOnly week, CancellationToken cancellationToken)
    {
        var figures = await query.RunAsync(ward, WardReportPdf.RangeFor(week), cancellationToken);
        var generatedAt = clock.GetUtcNow();
        var pdf = renderer.Render(WardReportPdf.Build(ward, week, figures, generatedAt));
        db.WardReports.Add(new WardReport
        {
            WardId = ward.Id,
            WeekStart = week,
            GeneratedAt = generatedAt,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            ContentType = "application/pdf",
            Content = pdf,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
