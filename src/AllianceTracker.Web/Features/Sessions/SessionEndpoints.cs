using AllianceTracker.Core.Audit;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

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
        Guid id, PatientAccess access, SessionViews views, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        return TypedResults.Ok(await views.OfPatientAsync(patient.Id, cancellationToken));
    }

    private static async Task<Ok<SessionView>> GetAsync(
        Guid id, SessionAccess sessions, SessionViews views, CancellationToken cancellationToken) =>
        TypedResults.Ok(await views.OfAsync(await sessions.GetAsync(id, cancellationToken), cancellationToken));
}
