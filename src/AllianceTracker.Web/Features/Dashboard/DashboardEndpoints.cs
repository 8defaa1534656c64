using System.Text;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>Aggregates for ward managers and administrators; a therapist is refused with 403, except for their own figures beside their ward's.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        var wards = api.MapGroup("/wards").WithTags("Dashboard").RequireAuthorization(StaffRole.WardManager);
        wards.MapGet("/", ListAsync)
            .WithSummary("The wards whose dashboard the caller may see.");
        wards.MapGet("/{id:guid}/dashboard", DashboardAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "WardDashboard"))
            .WithSummary("A ward's figures per week or month (?from=yyyy-MM-dd&to=yyyy-MM-dd&bucket=week|month); figures from fewer than 5 patients are suppressed.");
        wards.MapGet("/{id:guid}/dashboard.csv", CsvAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Export, "WardDashboard"))
            .WithSummary("The same figures as CSV in long form: ward, period_start, metric, value, n, suppressed.");
        wards.MapGet("/{id:guid}/reports", ReportsAsync)
            .WithSummary("The weekly reports of a ward, newest first.");
        wards.MapGet("/{id:guid}/reports/{reportId:guid}", ReportAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "WardReport"))
            .WithSummary("One weekly report as PDF.");
        api.MapGet("/wards/{id:guid}/dashboard/mine", OwnAsync).WithTags("Dashboard")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "WardDashboard"))
            .WithSummary("The caller's own figures (the patients of their care teams) beside their ward's, for any member of the ward; no other staff member's figures are shown.");
    }

    private static async Task<Ok<List<WardView>>> ListAsync(WardAccess access, CancellationToken cancellationToken) =>
        TypedResults.Ok((await access.VisibleWards().OrderBy(w => w.Name).ToListAsync(cancellationToken)).Select(WardView.From).ToList());

    private static async Task<Ok<DashboardView>> DashboardAsync(
        Guid id, string? from, string? to, string? bucket, WardAccess access, WardDashboardQuery query, CancellationToken cancellationToken)
    {
        var ward = await access.GetAsync(id, cancellationToken);
        var range = DashboardRange.Parse(from, to, bucket, query.Today(ward));
        return TypedResults.Ok(DashboardView.Of(ward, range, await query.RunAsync(ward, range, cancellationToken)));
    }

    private static async Task<Ok<OwnDashboardView>> OwnAsync(
        Guid id, string? from, string? to, string? bucket, WardAccess access, CurrentUser user, WardDashboardQuery query, CancellationToken cancellationToken)
    {
        var ward = await access.MemberWards().SingleOrDefaultAsync(w => w.Id == id, cancellationToken) ?? throw new NotFoundException("Ward");
        var range = DashboardRange.Parse(from, to, bucket, query.Today(ward));
        var (wardFigures, own) = await query.RunBesideAsync(ward, range, user.RequiredId, cancellationToken);
        return TypedResults.Ok(new OwnDashboardView(DashboardView.Of(ward, range, wardFigures), DashboardView.Of(ward, range, own)));
    }

    private static async Task<FileContentHttpResult> CsvAsync(
        Guid id, string? from, string? to, string? bucket, WardAccess access, WardDashboardQuery query, CancellationToken cancellationToken)
    {
        var ward = await access.GetAsync(id, cancellationToken);
        var range = DashboardRange.Parse(from, to, bucket, query.Today(ward));
        var csv = DashboardCsv.Write(ward.Name, await query.RunAsync(ward, range, cancellationToken));
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), DashboardCsv.ContentType, $"ward-dashboard-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}.csv");
    }

    private static async Task<Ok<List<WardReportView>>> ReportsAsync(
        Guid id, WardAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var ward = await access.GetAsync(id, cancellationToken);
        return TypedResults.Ok(await db.WardReportsOf(ward.Id).ToListAsync(cancellationToken));
    }

    private static async Task<FileContentHttpResult> ReportAsync(
        Guid id, Guid reportId, WardAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var ward = await access.GetAsync(id, cancellationToken);
        var report = await db.WardReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId && r.WardId == ward.Id, cancellationToken)
            ?? throw new NotFoundException("Report");
        return TypedResults.File(report.Content, report.ContentType, $"ward-report-{report.WeekStart:yyyy-MM-dd}.pdf");
    }
}

public sealed record WardReportView(Guid Id, DateOnly WeekStart, DateTimeOffset GeneratedAt, string Url);

public static class WardReportQueries
{
    public static IQueryable<WardReportView> WardReportsOf(this AllianceDbContext db, Guid wardId) =>
        db.WardReports.AsNoTracking().Where(r => r.WardId == wardId).OrderByDescending(r => r.WeekStart)
            .Select(r => new WardReportView(r.Id, r.WeekStart, r.GeneratedAt, "/api/v1/wards/" + r.WardId + "/reports/" + r.Id));
}
