namespace AllianceTracker.Core.Flags;

/// <summary>A ward's flag-rule parameters. Changing them adds a version; flags keep the version they were raised under.</summary>
public class RuleSet
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WardId { get; set; }
    public int Version { get; set; }
    public required string ParametersJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
    public string? ChangeNote { get; set; }
}
