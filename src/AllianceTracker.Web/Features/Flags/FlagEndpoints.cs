using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Flags;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.Flags;

public static class FlagEndpoints
{
    public static void MapFlagEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/flags", PatientFlagsAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "PatientFlags"))
            .WithSummary("Every flag of one patient, with its explanation and life cycle.");
        api.MapGet("/flags", MyFlagsAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "FlagList"))
            .WithSummary("Flags of the caller's care-team patients; filter with ?status=open|acknowledged|resolved.");
        api.MapPost("/flags/{id:guid}/acknowledge", AcknowledgeAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "Flag"));
        api.MapPost("/flags/{id:guid}/resolve", ResolveAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "Flag"));
    }

    private static async Task<Ok<List<FlagView>>> PatientFlagsAsync(
        Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        await access.GetAsync(id, cancellationToken);
        return TypedResults.Ok(await db.FlagsOfAsync(access.VisiblePatients().Where(p => p.Id == id), null, cancellationToken));
    }

    private static async Task<Ok<List<FlagView>>> MyFlagsAsync(
        string? status, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.FlagsOfAsync(access.VisiblePatients(), ParseStatus(status), cancellationToken));

    private static FlagStatus? ParseStatus(string? status) =>
        string.IsNullOrEmpty(status) ? null
        : Enum.GetNames<FlagStatus>().FirstOrDefault(n => n.Equals(status, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<FlagStatus>(name)
        : throw RequestValidationException.For("status", "Use open, acknowledged or resolved.");

    private static async Task<NoContent> AcknowledgeAsync(Guid id, FlagLifecycle lifecycle, CancellationToken cancellationToken)
    {
        await lifecycle.AcknowledgeAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ResolveAsync(
        Guid id, ResolveFlagRequest request, FlagLifecycle lifecycle, CancellationToken cancellationToken)
    {
        await lifecycle.ResolveAsync(id, request.Note, cancellationToken);
        return TypedResults.NoContent();
    }
}
