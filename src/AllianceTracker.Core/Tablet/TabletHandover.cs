namespace AllianceTracker.Core.Tablet;

/// <summary>One rating handed to a patient: single use, bound to one session, expiring, revocable.</summary>
public class TabletHandover
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid PatientId { get; set; }
    public HandoverMode Mode { get; set; }

    /// <summary>A hash of the one-time code; the code itself is never stored.</summary>
    public string? CodeHash { get; set; }

    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RedeemedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool CanBeRedeemedAt(DateTimeOffset at) => RedeemedAt is null && RevokedAt is null && at < ExpiresAt;
}

public enum HandoverMode
{
    ThisDevice,
    WardTablet,
}
