using AllianceTracker.Core.Records;

namespace AllianceTracker.Core.Patients;

/// <summary>The patient's own preferences for a crisis, shown whenever a coercive decision is recorded.</summary>
public class CrisisPlan : AmendableRecord<CrisisPlanContent, CrisisPlanVersion>;

public class CrisisPlanVersion : RecordVersion<CrisisPlanContent>;

public record CrisisPlanContent
{
    /// <summary>In the patient's words: which measure they find least intrusive.</summary>
    public string? LeastIntrusiveMeasure { get; init; }
    public string? WhatHelpsToCalmDown { get; init; }
    public string? WhatMakesItWorse { get; init; }
    public string? OtherPreferences { get; init; }
}
