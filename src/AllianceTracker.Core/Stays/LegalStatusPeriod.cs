namespace AllianceTracker.Core.Stays;

/// <summary>A change of legal status from a moment on; it lasts until the next change.</summary>
public class LegalStatusPeriod
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EpisodeId { get; set; }
    public LegalStatus Status { get; set; }

    /// <summary>The section of the jurisdiction's act it rests on, e.g. "§3-3"; null when voluntary.</summary>
    public string? LegalSection { get; set; }

    public DateTimeOffset From { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid RecordedBy { get; set; }
    public string? Note { get; set; }
}

public enum LegalStatus
{
    Voluntary,
    CompulsoryObservation,
    CompulsoryCare,
}
