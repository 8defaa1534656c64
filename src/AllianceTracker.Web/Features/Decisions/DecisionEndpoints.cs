using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Decisions;

public static class DecisionEndpoints
{
    public static void MapDecisionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/decisions", ListAsync).WithTags("Treatment decisions")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "TreatmentDecisionList"));
        api.MapPost("/patients/{id:guid}/decisions", CreateAsync).WithTags("Treatment decisions")
            .Validate<TreatmentDecisionRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "TreatmentDecision"))
            .WithSummary("Records a decision, who made it and the patient's position; flags are computed before the answer returns.");
        api.MapPost("/decisions/{id:guid}/versions", AmendAsync).WithTags("Treatment decisions")
            .Validate<AmendTreatmentDecisionRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "TreatmentDecision"))
            .WithSummary("Appends a version; 409 with the current version when expectedVersion is stale. Flags are recomputed.");
    }

    private static async Task<Ok<List<TreatmentDecisionView>>> ListAsync(
        Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var decisions = await db.TreatmentDecisions.AsNoTracking().Include(d => d.Versions)
            .Where(d => d.PatientId == patient.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(decisions.OrderBy(d => d.Current.DecidedAt).Select(TreatmentDecisionView.From).ToList());
    }

    private static async Task<Created<TreatmentDecisionView>> CreateAsync(
        Guid id, TreatmentDecisionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var decision = await RecordAsync(patient, request, db, flags, user, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}/decisions", TreatmentDecisionView.From(decision));
    }

    /// <summary>Stores the decision and recomputes the patient's flags; shared by the API and the page.</summary>
    public static async Task<TreatmentDecision> RecordAsync(
        Core.Patients.Patient patient, TreatmentDecisionRequest request, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.SessionId is { } sessionId && !await db.Sessions.AnyAsync(s => s.Id == sessionId && s.PatientId == patient.Id, cancellationToken))
        {
            throw RequestValidationException.For("sessionId", "This patient has no session with this id.");
        }

        var decision = new TreatmentDecision { PatientId = patient.Id, SessionId = request.SessionId };
        decision.Start(request.ToContent(), user.RequiredId, clock.GetUtcNow());
        db.TreatmentDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        await flags.RecomputeAsync(patient.Id, cancellationToken);
        return decision;
    }

    private static async Task<Ok<TreatmentDecisionView>> AmendAsync(
        Guid id, AmendTreatmentDecisionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(TreatmentDecisionView.From(await AmendDecisionAsync(id, request, access, db, flags, user, clock, cancellationToken)));

    /// <summary>Appends a version and recomputes the patient's flags; shared by the API and the amend page.</summary>
    public static async Task<TreatmentDecision> AmendDecisionAsync(
        Guid id, AmendTreatmentDecisionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var decision = await db.TreatmentDecisions.Include(d => d.Versions)
            .FindForAmendmentAsync(id, request, access, "Treatment decision", cancellationToken);
        decision.Amend(request.ToContent(), user.RequiredId, clock.GetUtcNow(), request.Reason);
        await db.SaveAmendmentAsync(decision, request, cancellationToken);
        await flags.RecomputeAsync(decision.PatientId, cancellationToken);
        return decision;
    }
}
