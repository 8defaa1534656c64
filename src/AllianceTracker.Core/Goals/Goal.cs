using AllianceTracker.Core.Records;

namespace AllianceTracker.Core.Goals;

public class Goal : AmendableRecord<GoalContent, GoalVersion>;

public class GoalVersion : RecordVersion<GoalContent>;

public record GoalContent
{
    /// <summary>The goal in the patient's own words.</summary>
    public string? PatientWords { get; init; }

    /// <summary>The therapist's formulation.</summary>
    public string? TherapistFormulation { get; init; }

    public GoalProposer ProposedBy { get; init; }
    public GoalAgreement Agreement { get; init; } = GoalAgreement.NotYetDiscussed;
    public GoalStatus Status { get; init; } = GoalStatus.Active;
}

public enum GoalProposer
{
    Patient,
    Therapist,
    Jointly,
    Relative,
}

public enum GoalAgreement
{
    NotYetDiscussed,
    Agreed,
    AcceptsButDoesNotAgree,
    Disagreed,
}

public enum GoalStatus
{
    Active,
    Achieved,
    Dropped,
}
