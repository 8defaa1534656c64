using AllianceTracker.Core.Decisions;

namespace AllianceTracker.Core.Flags.Engine;

public sealed record TreatmentDecisionPoint
{
    public required Guid DecisionId { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
    public required DecisionMaker DecidedBy { get; init; }
    public required AgreementPosition PatientPosition { get; init; }
    public bool HasRationale { get; init; }
}
