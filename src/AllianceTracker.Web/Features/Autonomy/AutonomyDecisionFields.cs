using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Stays;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>What the autonomy-decision form posts, in ward time; the record and amend pages share it and its partial.</summary>
public sealed class AutonomyDecisionFields
{
    public Guid RuleId { get; set; }
    public string? MeansCode { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? MilderMeansTried { get; set; }
    public string? PatientView { get; set; }
    public string? PatientViewNotRecordedReason { get; set; }
    public bool PatientConsented { get; set; }
    public bool FormalDecisionMade { get; set; }
    public Guid? CapacityAssessmentId { get; set; }
    public bool PatientInformedOfComplaintRight { get; set; }
    public string? Rationale { get; set; }

    public static AutonomyDecisionFields From(Guid ruleId, AutonomyDecisionContent content, Func<DateTimeOffset, DateTime> toWardTime) => new()
    {
        RuleId = ruleId,
        MeansCode = content.MeansCode,
        StartsAt = toWardTime(content.StartsAt),
        EndsAt = content.EndsAt is { } end ? toWardTime(end) : null,
        MilderMeansTried = content.MilderMeansTried,
        PatientView = content.PatientView,
        PatientViewNotRecordedReason = content.PatientViewNotRecordedReason,
        PatientConsented = content.PatientConsented,
        FormalDecisionMade = content.FormalDecisionMade,
        CapacityAssessmentId = content.CapacityAssessmentId,
        PatientInformedOfComplaintRight = content.PatientInformedOfComplaintRight,
        Rationale = content.Rationale,
    };

    public AutonomyDecisionRequest ToRequest(DateTimeOffset? decidedAt, Func<DateTime, DateTimeOffset> fromWardTime) =>
        new(RuleId, MeansCode, decidedAt, fromWardTime(StartsAt), EndsAt is { } end ? fromWardTime(end) : null, MilderMeansTried, PatientView,
            PatientViewNotRecordedReason, PatientConsented, CapacityAssessmentId, PatientInformedOfComplaintRight, Rationale, FormalDecisionMade);
}

/// <summary>What the form offers: the ward's rules, the patient's capacity assessments, and their crisis plan shown beside it.</summary>
public sealed record AutonomyDecisionChoices(
    IReadOnlyList<JurisdictionRule> Rules, IReadOnlyList<CapacityAssessment> Assessments, CrisisPlanContent? CrisisPlan)
{
    /// <summary>The rules of the ward's jurisdiction, or only <paramref name="onlyRule"/> when amending (a decision keeps its rule).</summary>
    public static async Task<AutonomyDecisionChoices> LoadAsync(AllianceDbContext db, Patient patient, Guid? onlyRule, CancellationToken cancellationToken)
    {
        var jurisdiction = await db.Wards.Where(w => w.Id == patient.WardId).Select(w => w.JurisdictionCode).SingleAsync(cancellationToken);
        var rules = (await db.JurisdictionRules.AsNoTracking().Include(r => r.Means)
            .Where(r => r.JurisdictionCode == jurisdiction && (onlyRule == null || r.Id == onlyRule)).ToListAsync(cancellationToken))
            .OrderBy(r => r.SortOrder).ToList();
        var assessments = (await db.CapacityAssessments.AsNoTracking().Where(a => a.PatientId == patient.Id).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.AssessedAt).ToList();
        var plan = (await CrisisPlanEndpoints.CurrentPlanAsync(db.CrisisPlans.AsNoTracking(), patient.Id, cancellationToken))?.Current;
        return new AutonomyDecisionChoices(rules, assessments, plan);
    }
}

/// <summary>A page showing the shared autonomy-decision form (<c>_AutonomyDecisionFields</c>).</summary>
public interface IAutonomyDecisionForm
{
    AutonomyDecisionFields Fields { get; }
    AutonomyDecisionChoices Choices { get; }
}
