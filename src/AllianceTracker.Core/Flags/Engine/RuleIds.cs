namespace AllianceTracker.Core.Flags.Engine;

/// <summary>Stable rule ids; stored flags refer to them.</summary>
public static class RuleIds
{
    public const string DropFromBaseline = "alliance.drop-from-baseline";
    public const string ReliableDrop = "alliance.reliable-drop";
    public const string ReportedRupture = "alliance.reported-rupture";
    public const string RaterGap = "alliance.rater-gap";
    public const string Acquiescence = "decision.acquiescence";
    public const string AcquiescencePattern = "decision.acquiescence-pattern";
    public const string OverObjectionWithoutRationale = "decision.over-objection-without-rationale";
    public const string MissingVoice = "voice.missing";
    public const string ViewNotRecorded = "autonomy.view-not-recorded";
    public const string ComplaintInfoMissing = "autonomy.complaint-info-missing";
    public const string FormalDecisionMissing = "autonomy.formal-decision-missing";
    public const string FollowUpOverdue = "autonomy.follow-up-overdue";
    public const string NoRatingAfterCoercion = "autonomy.no-rating-after-coercion";
    public const string CapacityAssessmentMissingOrStale = "autonomy.capacity-assessment-missing-or-stale";
}
