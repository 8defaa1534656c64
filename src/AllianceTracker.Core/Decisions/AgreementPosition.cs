namespace AllianceTracker.Core.Decisions;

/// <summary>The patient's position on a decision. "Accepts but does not agree" is acquiescence, and it is visible.</summary>
public enum AgreementPosition
{
    Agrees,
    AcceptsButDoesNotAgree,
    Disagrees,
    CouldNotTakePart,
    NoDecisionToday,
}
