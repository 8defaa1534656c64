using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags;

/// <summary>A fall in the alliance (or a reported rupture) and whether it was repaired.</summary>
public class RuptureEpisode
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PatientId { get; set; }
    public Guid WardId { get; set; }
    public Rater Rater { get; set; }
    public Guid OpenedBySessionId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public required string OpenedByRuleId { get; set; }
    public double? BaselineMean { get; set; }
    public double? BaselineSd { get; set; }
    public RuptureStatus Status { get; set; } = RuptureStatus.Open;
    public Guid? ClosedBySessionId { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int RuleSetVersion { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

public enum RuptureStatus
{
    Open,
    Repaired,
    Unrepaired,
}
