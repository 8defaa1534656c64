namespace AllianceTracker.Core.Stays;

/// <summary>An assessment of capacity to consent. Corrections are new assessments that name the one they correct.</summary>
public class CapacityAssessment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EpisodeId { get; set; }
    public Guid PatientId { get; set; }
    public DateTimeOffset AssessedAt { get; set; }
    public Guid AssessedBy { get; set; }
    public CapacityResult Result { get; set; }

    /// <summary>What the assessment is about, e.g. "treatment with antipsychotics".</summary>
    public string? Scope { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? CorrectsAssessmentId { get; set; }
    public string? CorrectionReason { get; set; }
}

public enum CapacityResult
{
    HasCapacity,
    LacksCapacity,
    Uncertain,
}
