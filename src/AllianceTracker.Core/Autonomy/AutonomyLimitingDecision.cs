using AllianceTracker.Core.Records;

namespace AllianceTracker.Core.Autonomy;

/// <summary>A coercive or restrictive measure, recorded as a structured legal event.</summary>
public class AutonomyLimitingDecision : AmendableRecord<AutonomyDecisionContent, AutonomyLimitingDecisionVersion>
{
    public Guid WardId { get; set; }
    public Guid RuleId { get; set; }
    public List<FollowUpConversation> FollowUps { get; set; } = [];
}

public class AutonomyLimitingDecisionVersion : RecordVersion<AutonomyDecisionContent>;

public record AutonomyDecisionContent
{
    /// <summary>Code of the means within the rule (e.g. "a" for mechanical restraint under §4-8).</summary>
    public string? MeansCode { get; init; }

    public Guid ResponsibleClinicianId { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public string? MilderMeansTried { get; init; }

    /// <summary>The patient's stated view, in their words, given before the decision.</summary>
    public string? PatientView { get; init; }

    /// <summary>Why no view could be recorded, when none was.</summary>
    public string? PatientViewNotRecordedReason { get; init; }

    public bool PatientConsented { get; init; }

    /// <summary>A formal decision (vedtak) was made, which the patient can complain about.</summary>
    public bool FormalDecisionMade { get; init; }

    public Guid? CapacityAssessmentId { get; init; }
    public bool PatientInformedOfComplaintRight { get; init; }
    public string? Rationale { get; init; }
}
