namespace AllianceTracker.Core.Instruments;

/// <summary>One version of an instrument for one rater. Once used by a rating it is immutable.</summary>
public class InstrumentVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid InstrumentId { get; set; }
    public required string Version { get; set; }
    public Rater Rater { get; set; }
    public string? LicenceNote { get; set; }

    /// <summary>Reliability (r) for the reliable change index.</summary>
    public double Reliability { get; set; } = 0.85;

    /// <summary>Normative SD of the total raw score, for the reliable change index.</summary>
    public double NormativeSd { get; set; }

    /// <summary>The content pack as imported, kept verbatim for provenance.</summary>
    public required string PackJson { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
    public bool IsLocked { get; set; }
    public List<InstrumentItem> Items { get; set; } = [];
    public List<InstrumentText> Texts { get; set; } = [];
}

public enum Rater
{
    Patient,
    Therapist,
}
