namespace AllianceTracker.Core.Organisation;

/// <summary>A staff member works on a ward. Access to patients follows the care team, not this.</summary>
public class WardMembership
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid StaffUserId { get; set; }
    public Guid WardId { get; set; }
    public DateTimeOffset From { get; set; }
    public DateTimeOffset? To { get; set; }
}
