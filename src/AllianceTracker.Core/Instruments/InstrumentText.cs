namespace AllianceTracker.Core.Instruments;

/// <summary>A text of an instrument in one language: an item's question, an anchor, an instruction.</summary>
public class InstrumentText
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid InstrumentVersionId { get; set; }
    public required string Language { get; set; }

    /// <summary>"title", "intro", "item.goal1", "item.goal1.anchor.1" …</summary>
    public required string Key { get; set; }

    public required string Text { get; set; }
}
