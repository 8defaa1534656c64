namespace AllianceTracker.Core.Records;

/// <summary>One immutable version of an <see cref="AmendableRecord{TContent,TVersion}"/>.</summary>
public abstract class RecordVersion<TContent>
    where TContent : class
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RecordId { get; set; }
    public int VersionNumber { get; set; }
    public TContent Content { get; set; } = null!;
    public DateTimeOffset RecordedAt { get; set; }
    public Guid RecordedBy { get; set; }

    /// <summary>Why the record was amended; null for the first version.</summary>
    public string? AmendmentReason { get; set; }
}
