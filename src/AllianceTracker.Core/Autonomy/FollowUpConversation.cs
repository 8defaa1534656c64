namespace AllianceTracker.Core.Autonomy;

/// <summary>The conversation offered after coercion. Each entry is appended; the latest one tells the state.</summary>
public class FollowUpConversation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DecisionId { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public DateTimeOffset? HeldAt { get; set; }
    public bool DeclinedByPatient { get; set; }
    public Guid? SessionId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid RecordedBy { get; set; }
}
