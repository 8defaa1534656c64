using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Summaries;

/// <summary>Dates as yyyy-MM-dd and the audience as a name, read as text so that a bad value is a 400 naming its field.</summary>
public sealed record SummaryBatchBody(Guid WardId, string? DischargedFrom, string? DischargedTo, string? Audience);

public sealed record SummaryBatchView(
    Guid Id,
    Guid WardId,
    SummaryAudience Audience,
    DateOnly DischargedFrom,
    DateOnly DischargedTo,
    SummaryBatchStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    int DocumentCount,
    string? Problem)
{
    public static SummaryBatchView From(SummaryBatchRequest r) =>
        new(r.Id, r.WardId, r.Audience, r.DischargedFrom, r.DischargedTo, r.Status, r.RequestedAt, r.CompletedAt, r.DocumentCount, r.Problem);
}

/// <summary>
/// Summaries for every patient discharged from a ward in a period. A ward manager may ask only for a ward they
/// currently work on; an administrator for any ward. The request is stored first and the job is given nothing
/// but its id.
/// </summary>
public static class SummaryBatchEndpoints
{
    public static void MapSummaryBatchEndpoints(this IEndpointRouteBuilder api)
    {
        var batches = api.MapGroup("/summary-batches").WithTags("Summaries").RequireAuthorization(StaffRole.WardManager);
        batches.MapPost("/", RequestAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Export, "SummaryBatch"))
            .WithSummary("Asks for summaries of every patient discharged from a ward between two days; they are made in the background.");
        batches.MapGet("/{id:guid}", StatusAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "SummaryBatch"))
            .WithSummary("The status of a batch the caller requested.");
    }

    private static async Task<Accepted<SummaryBatchView>> RequestAsync(
        SummaryBatchBody body, AllianceDbContext db, CurrentUser user, IBackgroundJobClient jobs, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var period = SummaryQuery.ParsePeriod(body.DischargedFrom, body.DischargedTo, "dischargedFrom", "dischargedTo")
            ?? throw RequestValidationException.For("dischargedFrom", "Give dischargedFrom and dischargedTo.");
        var audience = SummaryQuery.ParseAudience(body.Audience, "audience");
        if (!await db.Wards.AnyAsync(w => w.Id == body.WardId, cancellationToken))
        {
            throw RequestValidationException.For("wardId", "No such ward.");
        }

        var now = clock.GetUtcNow();
        if (!user.IsInRole(StaffRole.Admin) && !await db.WardMemberships.AnyAsync(
                m => m.StaffUserId == user.RequiredId && m.WardId == body.WardId && m.From <= now && (m.To == null || m.To > now), cancellationToken))
        {
            throw new ForbiddenException();
        }

        var request = new SummaryBatchRequest
        {
            WardId = body.WardId,
            Audience = audience,
            DischargedFrom = period.From,
            DischargedTo = period.To,
            RequestedBy = user.RequiredId,
            RequestedAt = now,
        };
        db.SummaryBatchRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        SummaryBatchJob.Enqueue(jobs, request.Id);
        return TypedResults.Accepted($"/api/v1/summary-batches/{request.Id}", SummaryBatchView.From(request));
    }

    private static async Task<Ok<SummaryBatchView>> StatusAsync(
        Guid id, AllianceDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var request = await db.SummaryBatchRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return request is not null && (request.RequestedBy == user.RequiredId || user.IsInRole(StaffRole.Admin))
            ? TypedResults.Ok(SummaryBatchView.From(request))
            : throw new NotFoundException("Summary batch");
    }
}
