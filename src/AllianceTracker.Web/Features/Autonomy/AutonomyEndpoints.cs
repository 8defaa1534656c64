using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

public static class AutonomyEndpoints
{
    public static void MapAutonomyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/autonomy-decisions", ListAsync).WithTags("Autonomy-limiting decisions")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "AutonomyDecisionList"));
        api.MapPost("/patients/{id:guid}/autonomy-decisions", RecordAutonomyDecision.HandleAsync).WithTags("Autonomy-limiting decisions")
            .Validate<AutonomyDecisionRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "AutonomyDecision"));
        api.MapPost("/autonomy-decisions/{id:guid}/follow-up", RecordFollowUpAsync).WithTags("Autonomy-limiting decisions")
            .Validate<FollowUpRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "FollowUpConversation"))
            .WithSummary("Records the follow-up conversation offered (and held) after the measure.");
        api.MapPost("/autonomy-decisions/{id:guid}/versions", AmendAsync).WithTags("Autonomy-limiting decisions")
            .Validate<AmendAutonomyDecisionRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "AutonomyDecision"))
            .WithSummary("Appends a version checked against the ward's rule table; 409 with the current version when expectedVersion is stale.");
    }

    private static async Task<Ok<AutonomyDecisionView>> AmendAsync(
        Guid id, AmendAutonomyDecisionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (decision, rule) = await RecordAutonomyDecision.AmendAsync(id, request, access, db, flags, user, clock, cancellationToken);
        return TypedResults.Ok(AutonomyDecisionView.From(decision, rule));
    }

    private static async Task<Ok<List<AutonomyDecisionView>>> ListAsync(
        Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var decisions = await db.AutonomyDecisions.AsNoTracking().Include(d => d.Versions).Include(d => d.FollowUps)
            .Where(d => d.PatientId == patient.Id).ToListAsync(cancellationToken);
        var rules = await db.JurisdictionRules.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        return TypedResults.Ok(decisions.OrderBy(d => d.Current.StartsAt).Select(d => AutonomyDecisionView.From(d, rules[d.RuleId])).ToList());
    }

    private static async Task<Created<AutonomyDecisionView>> RecordFollowUpAsync(
        Guid id, FollowUpRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (decision, rule) = await RecordFollowUp.RecordAsync(id, request, access, db, flags, user, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{decision.PatientId}/autonomy-decisions", AutonomyDecisionView.From(decision, rule));
    }
}
