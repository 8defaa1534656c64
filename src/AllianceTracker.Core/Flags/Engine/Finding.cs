using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>What one rule found, with the numbers behind it and a plain explanation in two languages.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    /// <summary>Identifies the finding across recomputations, so a stored flag is updated rather than duplicated.</summary>
    public required string FindingKey { get; init; }

    public required FlagSeverity Severity { get; init; }

    /// <summary>When what was found happened (a session's start, a decision's time or a missed deadline); used for ordering.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public Guid? SessionId { get; init; }

    /// <summary>The decision the finding is about, for decision and autonomy rules.</summary>
    public Guid? SubjectId { get; init; }

    public Rater? Rater { get; init; }
    public required FindingInputs Inputs { get; init; }
    public required string ExplanationEn { get; init; }
    public required string ExplanationNb { get; init; }
}
