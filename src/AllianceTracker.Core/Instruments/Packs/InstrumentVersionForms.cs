namespace AllianceTracker.Core.Instruments.Packs;

public static class InstrumentVersionForms
{
    /// <summary>The full form definition of a stored version, read back from the pack it was imported from.</summary>
    public static PackForm ReadForm(this InstrumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var pack = InstrumentPackLoader.Load(version.PackJson, $"stored pack of instrument version {version.Version} ({version.Rater})");
        return pack.FormFor(version.Rater)
            ?? throw new InvalidOperationException($"The stored pack of version {version.Version} has no {version.Rater} form.");
    }
}
