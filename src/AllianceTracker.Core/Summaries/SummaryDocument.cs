namespace AllianceTracker.Core.Summaries;

/// <summary>A generated shared-decision summary, stored as it was served. Generating again adds a version.</summary>
public class SummaryDocument
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PatientId { get; set; }
    public SummaryAudience Audience { get; set; }
    public required string Language { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public int Version { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }
    public Guid GeneratedBy { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    /// <summary>
    /// SHA-256 of the canonical summary data the document was made from; its first characters are printed
    /// in the footer, since a PDF cannot carry the hash of its own bytes.
    /// </summary>
    public string? ContentSha256 { get; set; }

    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}

public enum SummaryAudience
{
    Patient,
    Clinical,
}
