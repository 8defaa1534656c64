using System.Text.Json;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>
/// Decides what importing a pack would do to an instrument already stored. A pack's code and
/// version name one unit of content; a version that has been used by a rating (locked) can never
/// change, so a pack that reuses its code and version with different content is refused.
/// </summary>
public static class PackImportPlanner
{
    /// <param name="pack">The validated pack to import.</param>
    /// <param name="existing">The stored instrument with the same code, with its versions loaded; null if there is none.</param>
    public static PackImportPlan Plan(InstrumentPack pack, Instrument? existing)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (existing is not null && !string.Equals(existing.Code, pack.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The stored instrument '{existing.Code}' is not the pack's instrument '{pack.Code}'.", nameof(existing));
        }

        var sameVersion = existing?.Versions
            .Where(version => string.Equals(version.Version, pack.Version, StringComparison.Ordinal))
            .ToList() ?? [];
        var name = $"'{pack.Code}' version {pack.Version}";

        if (sameVersion.Count == 0)
        {
            return new PackImportPlan(pack, PackImportOutcome.Insert, sameVersion, [],
                existing is null ? $"{name} is new; the instrument will be created." : $"{name} is new and will be added.");
        }

        var differences = DifferencesFromStored(sameVersion, pack);
        if (differences.Count == 0)
        {
            return new PackImportPlan(pack, PackImportOutcome.AlreadyPresent, sameVersion, [], $"{name} is already imported with the same content.");
        }

        var changed = string.Join(", ", differences);
        var locked = sameVersion.Where(version => version.IsLocked).Select(version => version.Rater.ToString().ToLowerInvariant()).ToList();
        if (locked.Count > 0)
        {
            return new PackImportPlan(pack, PackImportOutcome.ConflictsWithLockedVersion, sameVersion, differences,
                $"{name} is already in use ({string.Join(" and ", locked)} form locked by stored ratings) and cannot change, "
                + $"but the pack differs from it in: {changed}. Give the changed pack a new version.");
        }

        return new PackImportPlan(pack, PackImportOutcome.ReplaceUnlocked, sameVersion, differences,
            $"{name} is stored but not yet used; it will be replaced. Changed: {changed}.");
    }

    private static IReadOnlyList<string> DifferencesFromStored(List<InstrumentVersion> stored, InstrumentPack pack)
    {
        // Every form of one pack version stores the same pack; a difference between them means
        // the stored content is already inconsistent, so each is compared.
        var differences = new List<string>();
        foreach (var version in stored)
        {
            try
            {
                differences.AddRange(PackContentComparer.Differences(version.PackJson, pack.Json));
            }
            catch (JsonException)
            {
                differences.Add($"the stored {version.Rater} pack, which cannot be read");
            }
        }

        return differences.Distinct(StringComparer.Ordinal).ToList();
    }
}

public enum PackImportOutcome
{
    /// <summary>No version with this code and version is stored: add one per form.</summary>
    Insert,

    /// <summary>Stored with the same content: nothing to do.</summary>
    AlreadyPresent,

    /// <summary>Stored with different content but never used: the stored versions may be replaced.</summary>
    ReplaceUnlocked,

    /// <summary>Stored, used by ratings, and different: refused.</summary>
    ConflictsWithLockedVersion,
}

/// <param name="ExistingVersions">The stored versions with the pack's code and version, one per rater.</param>
/// <param name="Differences">What differs from the stored content ("reliability", "forms[patient].items[goal1]" …).</param>
/// <param name="Explanation">A sentence for the administrator.</param>
public sealed record PackImportPlan(
    InstrumentPack Pack,
    PackImportOutcome Outcome,
    IReadOnlyList<InstrumentVersion> ExistingVersions,
    IReadOnlyList<string> Differences,
    string Explanation)
{
    public bool IsRefused => Outcome == PackImportOutcome.ConflictsWithLockedVersion;

    public void ThrowIfRefused()
    {
        if (IsRefused)
        {
            throw new PackImportConflictException(Pack.Code, Pack.Version, Explanation);
        }
    }
}

public sealed class PackImportConflictException(string code, string version, string message) : Exception(message)
{
    public string Code { get; } = code;
    public string Version { get; } = version;
}
