using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>Records a coercive or restrictive measure against the rule table of the patient's ward.</summary>
public static class RecordAutonomyDecision
{
    public static async Task<Created<AutonomyDecisionView>> HandleAsync(
        Guid id, AutonomyDecisionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var (decision, rule) = await RecordAsync(patient, request, db, flags, user, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}/autonomy-decisions", AutonomyDecisionView.From(decision, rule));
    }

    /// <summary>Checks the request against the ward's rule table, stores it and recomputes flags; shared by the API and the page.</summary>
    public static async Task<(AutonomyLimitingDecision Decision, JurisdictionRule Rule)> RecordAsync(
        Patient patient, AutonomyDecisionRequest request, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rule = await CheckAgainstWardAsync(db, patient, request, cancellationToken);
        var decision = new AutonomyLimitingDecision { PatientId = patient.Id, WardId = patient.WardId, RuleId = rule.Id };
        decision.Start(request.ToContent(user.RequiredId), user.RequiredId, clock.GetUtcNow());
        db.AutonomyDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        await flags.RecomputeAsync(patient.Id, cancellationToken);
        return (decision, rule);
    }

    /// <summary>Appends a version checked like a new decision, keeping its rule and responsible clinician; flags are recomputed.</summary>
    public static async Task<(AutonomyLimitingDecision Decision, JurisdictionRule Rule)> AmendAsync(
        Guid id, AmendAutonomyDecisionRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var decision = await db.AutonomyDecisions.Include(d => d.Versions).Include(d => d.FollowUps)
            .FindForAmendmentAsync(id, request, access, "Autonomy-limiting decision", cancellationToken);
        if (request.RuleId != decision.RuleId)
        {
            throw RequestValidationException.For("ruleId", "The legal rule of a recorded decision cannot change; record a new decision instead.");
        }

        var patient = await db.Patients.SingleAsync(p => p.Id == decision.PatientId, cancellationToken);
        var rule = await CheckAgainstWardAsync(db, patient, request, cancellationToken);
        decision.Amend(request.ToContent(decision.Current.ResponsibleClinicianId), user.RequiredId, clock.GetUtcNow(), request.Reason);
        await db.SaveAmendmentAsync(decision, request, cancellationToken);
        await flags.RecomputeAsync(patient.Id, cancellationToken);
        return (decision, rule);
    }

    private static async Task<JurisdictionRule> CheckAgainstWardAsync(
        AllianceDbContext db, Patient patient, AutonomyDecisionRequest request, CancellationToken cancellationToken)
    {
        var rule = await RuleOfWardAsync(db, patient, request, cancellationToken);
        await CheckCapacityAssessmentAsync(db, patient, request, cancellationToken);
        return rule;
    }

    private static async Task<JurisdictionRule> RuleOfWardAsync(
        AllianceDbContext db, Patient patient, AutonomyDecisionRequest request, CancellationToken cancellationToken)
    {
        var jurisdiction = await db.Wards.Where(w => w.Id == patient.WardId).Select(w => w.JurisdictionCode).SingleAsync(cancellationToken);
        var rule = await db.JurisdictionRules.Include(r => r.Means)
            .SingleOrDefaultAsync(r => r.Id == request.RuleId && r.JurisdictionCode == jurisdiction, cancellationToken)
            ?? throw RequestValidationException.For("ruleId", "This rule does not belong to the ward's jurisdiction ({0}).", jurisdiction);

        if (rule.Means.Count > 0 && !rule.Means.Any(m => m.Code == request.MeansCode?.Trim()))
        {
            throw RequestValidationException.For("meansCode",
                "Choose one of the means {0} allows: {1}.", rule.Section, string.Join(", ", rule.Means.OrderBy(m => m.Code).Select(m => m.Code)));
        }

        if (rule.Means.Count == 0 && !string.IsNullOrWhiteSpace(request.MeansCode))
        {
            throw RequestValidationException.For("meansCode", "{0} has no means to choose.", rule.Section);
        }

        if (rule.RequiresMilderMeansTried && string.IsNullOrWhiteSpace(request.MilderMeansTried))
        {
            throw RequestValidationException.For("milderMeansTried", "{0} may only be used after milder means failed: say which were tried.", rule.Section);
        }

        return rule;
    }

    private static async Task CheckCapacityAssessmentAsync(
        AllianceDbContext db, Patient patient, AutonomyDecisionRequest request, CancellationToken cancellationToken)
    {
        if (request.CapacityAssessmentId is { } assessmentId &&
            !await db.CapacityAssessments.AnyAsync(a => a.Id == assessmentId && a.PatientId == patient.Id, cancellationToken))
        {
            throw RequestValidationException.For("capacityAssessmentId", "This patient has no capacity assessment with this id.");
        }
    }
}
