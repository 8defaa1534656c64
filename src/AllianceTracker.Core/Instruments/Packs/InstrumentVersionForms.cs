using System.Runtime.CompilerServices;

namespace AllianceTracker.Core.Instruments.Packs;

public static class InstrumentVersionForms
{
    // Reading a pack parses and checks its whole JSON; a version loaded once (a cached locked form) is read once.
    private static readonly ConditionalWeakTable<InstrumentVersion, ReadPack> Read = new();

    /// <summary>The full form definition of a stored version, read back from the pack it was imported from.</summary>
    public static PackForm ReadForm(this InstrumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (Read.TryGetValue(version, out var read) && ReferenceEquals(read.Json, version.PackJson))
        {
            return read.Form;
        }

        var pack = InstrumentPackLoader.Load(version.PackJson, $"stored pack of instrument version {version.Version} ({version.Rater})");
        var form = pack.FormFor(version.Rater)
            ?? throw new InvalidOperationException($"The stored pack of version {version.Version} has no {version.Rater} form.");
        Read.AddOrUpdate(version, new ReadPack(version.PackJson, form));
        return form;
    }

    /// <summary>The form read from a pack text: it stands only while the version still holds that very text.</summary>
    private sealed record ReadPack(string Json, PackForm Form);
}
