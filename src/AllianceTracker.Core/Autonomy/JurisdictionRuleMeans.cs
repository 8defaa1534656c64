namespace AllianceTracker.Core.Autonomy;

/// <summary>A means a rule allows, e.g. §4-8 (a) mechanical restraint.</summary>
public class JurisdictionRuleMeans
{
    public Guid Id { get; set; }
    public Guid RuleId { get; set; }

    /// <summary>Letter or code within the section, e.g. "a".</summary>
    public required string Code { get; set; }

    public required string NameEn { get; set; }
    public required string NameNb { get; set; }
}
