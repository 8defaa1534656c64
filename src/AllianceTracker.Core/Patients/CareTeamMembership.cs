namespace AllianceTracker.Core.Patients;

/// <summary>Who may see a patient. Access follows the care team; memberships end, they are not deleted.</summary>
public class CareTeamMembership
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PatientId { get; set; }
    public Guid StaffUserId { get; set; }
    public CareTeamRole Role { get; set; } = CareTeamRole.Therapist;
    public DateTimeOffset From { get; set; }
    public DateTimeOffset? To { get; set; }
    public Guid AddedBy { get; set; }

    public bool IsActiveAt(DateTimeOffset at) => From <= at && (To is null || To > at);
}

public enum CareTeamRole
{
    ResponsibleClinician,
    Therapist,
    Nurse,
    MilieuStaff,
}
