using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Sessions;

public static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/sessions", ListAsync).WithTags("Sessions")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "SessionList"))
            .WithSummary("A patient's sessions in time order, each with the patient's and the therapist's rating side by side.");
        api.MapPost("/patients/{id:guid}/sessions", LogSession.HandleAsync).WithTags("Sessions")
            .Validate<LogSessionRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "Session"));
        api.MapGet("/sessions/{id:guid}", GetAsync).WithTags("Sessions")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "Session"));
        api.MapPost("/sessions/{id:guid}/versions", AmendAsync).WithTags("Sessions")
            .Validate<AmendSessionRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "Session"))
            .WithSummary("Appends a version of the session's details; 409 with the current version when expectedVersion is stale.");
    }

    private static async Task<Ok<List<SessionView>>> ListAsync(
        Guid id, PatientAccess access, SessionViews views, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        return TypedResults.Ok(await views.OfPatientAsync(patient.Id, cancellationToken));
    }

    private static async Task<Ok<SessionView>> GetAsync(
        Guid id, SessionAccess sessions, SessionViews views, CancellationToken cancellationToken) =>
        TypedResults.Ok(await views.OfAsync(await sessions.GetAsync(id, cancellationToken), cancellationToken));

    private static async Task<Ok<RecordHistoryView<SessionDetails>>> AmendAsync(
        Guid id, AmendSessionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user,
        TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(RecordHistoryView<SessionDetails>.From(
            await AmendSessionAsync(id, request, access, db, flags, user, clock, cancellationToken)));

    /// <summary>Appends a version and recomputes flags, which read the session's time; shared by the API and the amend page.</summary>
    public static async Task<ClinicalSession> AmendSessionAsync(
        Guid id, AmendSessionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.Include(s => s.Versions).FindForAmendmentAsync(id, request, access, "Session", cancellationToken);
        session.Amend(request.ToDetails(), user.RequiredId, clock.GetUtcNow(), request.Reason);
        await db.SaveAmendmentAsync(session, request, cancellationToken);
        await flags.RecomputeAsync(session.PatientId, cancellationToken);
        return session;
    }
}
