namespace AllianceTracker.Core.Instruments;

/// <summary>A questionnaire, defined as content. Its wording lives in its versions.</summary>
public class Instrument
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Stable code such as "bordin-alliance-check".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public List<InstrumentVersion> Versions { get; set; } = [];
}
