using System.Text.Json;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>
/// Compares two packs' JSON by content: whitespace, property order and number formatting do not
/// count. Reports the parts that differ (top-level fields, forms, and items by key), so that a
/// refused import can say what changed.
/// </summary>
internal static class PackContentComparer
{
    private static readonly string[] IgnoredRootProperties = ["$schema", "forms"];

    public static IReadOnlyList<string> Differences(string storedJson, string incomingJson)
    {
        using var stored = JsonDocument.Parse(storedJson);
        using var incoming = JsonDocument.Parse(incomingJson);
        var differences = new List<string>();
        CompareProperties(stored.RootElement, incoming.RootElement, IgnoredRootProperties, prefix: string.Empty, differences);
        CompareKeyed(FormsByRater(stored.RootElement), FormsByRater(incoming.RootElement), "forms", CompareForms, differences);
        return differences;
    }

    private static void CompareForms(string path, JsonElement stored, JsonElement incoming, List<string> differences)
    {
        CompareProperties(stored, incoming, ["items"], path + ".", differences);
        CompareKeyed(ItemsByKey(stored), ItemsByKey(incoming), path + ".items",
            (itemPath, _, _, found) => found.Add(itemPath), differences);
    }

    private static void CompareProperties(JsonElement stored, JsonElement incoming, string[] ignored, string prefix, List<string> differences)
    {
        var names = PropertyNames(stored).Union(PropertyNames(incoming)).Except(ignored).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var hasStored = stored.TryGetProperty(name, out var storedValue);
            var hasIncoming = incoming.TryGetProperty(name, out var incomingValue);
            if (hasStored != hasIncoming || !JsonElement.DeepEquals(storedValue, incomingValue))
            {
                differences.Add(prefix + name);
            }
        }
    }

    /// <summary>Compares two keyed collections: added and removed entries by key, changed ones via <paramref name="compare"/>.</summary>
    private static void CompareKeyed(
        Dictionary<string, JsonElement> stored,
        Dictionary<string, JsonElement> incoming,
        string path,
        Action<string, JsonElement, JsonElement, List<string>> compare,
        List<string> differences)
    {
        foreach (var key in stored.Keys.Union(incoming.Keys).Order(StringComparer.Ordinal))
        {
            var entryPath = $"{path}[{key}]";
            if (!incoming.TryGetValue(key, out var incomingValue))
            {
                differences.Add(entryPath + " (removed)");
            }
            else if (!stored.TryGetValue(key, out var storedValue))
            {
                differences.Add(entryPath + " (added)");
            }
            else if (!JsonElement.DeepEquals(storedValue, incomingValue))
            {
                compare(entryPath, storedValue, incomingValue, differences);
            }
        }
    }

    private static Dictionary<string, JsonElement> FormsByRater(JsonElement root) => KeyedEntries(root, "forms", "rater");

    private static Dictionary<string, JsonElement> ItemsByKey(JsonElement form) => KeyedEntries(form, "items", "key");

    private static Dictionary<string, JsonElement> KeyedEntries(JsonElement parent, string arrayName, string keyName)
    {
        var entries = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (parent.ValueKind != JsonValueKind.Object
            || !parent.TryGetProperty(arrayName, out var array)
            || array.ValueKind != JsonValueKind.Array)
        {
            return entries;
        }

        foreach (var entry in array.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty(keyName, out var key)
                && key.ValueKind == JsonValueKind.String)
            {
                entries[key.GetString()!] = entry;
            }
        }

        return entries;
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Select(property => property.Name) : [];
}
