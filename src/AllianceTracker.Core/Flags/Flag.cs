namespace AllianceTracker.Core.Flags;

/// <summary>
/// A finding the system raised, with the rule, its version and the numbers that fired it.
/// A finding that recurs while the flag is open updates it instead of adding another.
/// </summary>
public class Flag
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PatientId { get; set; }
    public Guid WardId { get; set; }
    public Guid? SessionId { get; set; }

    /// <summary>The rule, e.g. "alliance.drop-from-baseline".</summary>
    public required string RuleId { get; set; }

    public int RuleSetVersion { get; set; }

    /// <summary>Identifies the finding, so recomputation finds the flag it already raised.</summary>
    public required string FindingKey { get; set; }

    public FlagSeverity Severity { get; set; }
    public FlagStatus Status { get; set; } = FlagStatus.Open;

    /// <summary>The inputs and numbers as JSON: no free text of the patient's.</summary>
    public required string InputsJson { get; set; }

    public required string ExplanationEn { get; set; }
    public required string ExplanationNb { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public Guid? ResolvedBy { get; set; }
    public string? ResolutionNote { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

public enum FlagSeverity
{
    Low,
    Medium,
    High,
}

public enum FlagStatus
{
    Open,
    Acknowledged,
    Resolved,
}
