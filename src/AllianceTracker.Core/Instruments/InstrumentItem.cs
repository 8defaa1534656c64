namespace AllianceTracker.Core.Instruments;

public class InstrumentItem
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid InstrumentVersionId { get; set; }
    public required string Key { get; set; }
    public int Order { get; set; }
    public Subscale Subscale { get; set; }
    public int ScaleMin { get; set; }
    public int ScaleMax { get; set; }
    public bool IsRequired { get; set; } = true;
}

public enum Subscale
{
    Goal,
    Task,
    Bond,
    Rupture,
    RuptureTalkedThrough,
    Agreement,
    FreeText,
}
