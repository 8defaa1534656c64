namespace AllianceTracker.Core.Organisation;

public class Institution
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public List<Ward> Wards { get; set; } = [];
}
