using AllianceTracker.Core.Records;

namespace AllianceTracker.Core.Autonomy;

/// <summary>A domain where the patient still decides; not all autonomy is lost, and it is shown.</summary>
public class RetainedAutonomy : AmendableRecord<RetainedAutonomyContent, RetainedAutonomyVersion>;

public class RetainedAutonomyVersion : RecordVersion<RetainedAutonomyContent>;

public record RetainedAutonomyContent
{
    public AutonomyDomain Domain { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset From { get; init; }
    public DateTimeOffset? To { get; init; }
}

public enum AutonomyDomain
{
    ChoiceBetweenMedications,
    DailyRhythm,
    Leisure,
    Food,
    Visitors,
    Clothing,
    Other,
}
