namespace AllianceTracker.Core.Dashboard;

/// <summary>How far the incremental refresh of derived data has read the clinical records.</summary>
public class AggregateWatermark
{
    public const string DailyPatientFacts = "daily-patient-facts";

    public required string Name { get; set; }
    public DateTimeOffset RefreshedUpTo { get; set; }
}
