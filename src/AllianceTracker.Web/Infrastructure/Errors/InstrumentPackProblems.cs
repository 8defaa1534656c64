using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>A refused instrument pack as validation errors: one field per place in the pack, each message naming the item.</summary>
public static class InstrumentPackProblems
{
    /// <summary>The field name of a problem with the pack as a whole (malformed JSON, an unknown top-level property).</summary>
    public const string WholePack = "$";

    public static Dictionary<string, string[]> ByPath(InstrumentPackException exception) =>
        exception.Errors
            .GroupBy(FieldOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(MessageOf).ToArray(), StringComparer.Ordinal);

    private static string FieldOf(PackError error)
    {
        var path = error.Path.StartsWith("$.", StringComparison.Ordinal) ? error.Path[2..] : error.Path;
        return path.Length == 0 || path == "$" ? WholePack : path;
    }

    private static string MessageOf(PackError error) =>
        error.ItemKey is { } item ? $"Item '{item}': {error.Message}" : error.Message;
}
