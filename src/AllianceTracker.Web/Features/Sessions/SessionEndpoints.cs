using AllianceTracker.Core.Audit;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
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
    }

    private static async Task<Ok<List<SessionView>>> ListAsync(
        Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PatientId == patient.Id).ToListAsync(cancellationToken);
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.PatientId == patient.Id).ToListAsync(cancellationToken);
        var nonResponses = await db.NonResponses.AsNoTracking().Where(n => n.PatientId == patient.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(sessions
            .OrderBy(s => s.Current.StartsAt)
            .Select(s => SessionView.From(s, ratings.Where(r => r.SessionId == s.Id).ToList(), nonResponses.FirstOrDefault(n => n.SessionId == s.Id)))
            .ToList());
    }

    private static async Task<Ok<SessionView>> GetAsync(
        Guid id, SessionAccess sessions, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(id, cancellationToken);
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.SessionId == session.Id).ToListAsync(cancellationToken);
        var nonResponse = await db.NonResponses.AsNoTracking().FirstOrDefaultAsync(n => n.SessionId == session.Id, cancellationToken);
        return TypedResults.Ok(SessionView.From(session, ratings, nonResponse));
    }
}
