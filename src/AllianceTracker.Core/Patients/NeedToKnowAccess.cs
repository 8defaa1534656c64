namespace AllianceTracker.Core.Patients;

/// <summary>A time-limited, reasoned access to a record outside the care team; listed for review.</summary>
public class NeedToKnowAccess
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PatientId { get; set; }
    public Guid StaffUserId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public bool IsActiveAt(DateTimeOffset at) => GrantedAt <= at && at < ExpiresAt;
}
