namespace AllianceTracker.Core.Flags.Engine;

/// <summary>An autonomy-limiting decision with the duties its jurisdiction rule attaches to it.</summary>
public sealed record AutonomyDecisionPoint
{
    public required Guid DecisionId { get; init; }

    /// <summary>The jurisdiction rule's code, e.g. "NO-4-8".</summary>
    public required string RuleCode { get; init; }

    public bool FollowUpConversationRequired { get; init; }
    public bool RequiresCapacityAssessment { get; init; }
    public bool FormalDecisionRequiredWithConsent { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public bool PatientViewRecorded { get; init; }
    public bool PatientViewNotRecordedReasonGiven { get; init; }
    public bool PatientInformedOfComplaintRight { get; init; }
    public bool PatientConsented { get; init; }
    public bool FormalDecisionMade { get; init; }
    public DateTimeOffset? CapacityAssessedAt { get; init; }
    public IReadOnlyList<DateTimeOffset> FollowUpsOfferedAt { get; init; } = [];

    /// <summary>
    /// Consent under a rule that needs no formal decision with consent (e.g. §4-4): the record
    /// documents consent, not a coercive decision, so the duties of a coercive decision do not apply.
    /// </summary>
    public bool IsConsentWithoutCoercion => PatientConsented && !FormalDecisionRequiredWithConsent;
}
