using System.Globalization;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>Where in a pack a check is looking: a JSON-like path plus the form and item, when known.</summary>
internal readonly record struct PackLocation(string Path, Rater? Form = null, string? ItemKey = null)
{
    public PackLocation Then(string segment) =>
        this with { Path = Path.Length == 0 ? segment : $"{Path}.{segment}" };

    public PackLocation At(string segment) => this with { Path = $"{Path}[{segment}]" };

    public PackLocation At(int index) => At(index.ToString(CultureInfo.InvariantCulture));
}

/// <summary>Collects every error found while reading one pack.</summary>
internal sealed class PackErrorSink(string sourceName)
{
    private readonly List<PackError> errors = [];

    public string SourceName => sourceName;
    public IReadOnlyList<PackError> Errors => errors;
    public bool HasErrors => errors.Count > 0;

    public void Add(PackErrorKind kind, PackLocation where, string message) =>
        errors.Add(new PackError(kind, sourceName, where.Path, message, where.Form, where.ItemKey));

    public void ReportUnknownProperties(PackNode node, PackLocation where)
    {
        foreach (var name in node.Unknown?.Keys ?? Enumerable.Empty<string>())
        {
            Add(PackErrorKind.UnknownProperty, where, $"unknown property '{name}'.");
        }
    }

    /// <summary>Returns the trimmed text, or reports it missing or longer than can be stored and returns null.</summary>
    public string? Required(string? value, PackLocation where, string field, int maximumLength) =>
        Required(value, where, field) is { } text && WithinLength(text, where, field, maximumLength) ? text : null;

    /// <summary>Reports a value longer than can be stored; false when it is.</summary>
    public bool WithinLength(string value, PackLocation where, string field, int maximum)
    {
        if (value.Length <= maximum)
        {
            return true;
        }

        Add(PackErrorKind.InvalidValue, where, $"'{field}' is {value.Length} characters long; at most {maximum} can be stored.");
        return false;
    }

    /// <summary>Returns the trimmed text, or reports it missing and returns null.</summary>
    public string? Required(string? value, PackLocation where, string field, PackErrorKind kind = PackErrorKind.MissingField)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Add(kind, where, $"'{field}' is missing or empty.");
        return null;
    }

    /// <summary>
    /// Reads a by-language map and checks it against the declared languages: each declared
    /// language must be present, and no other language may appear.
    /// </summary>
    public Dictionary<string, T> Translations<TDocument, T>(
        Dictionary<string, TDocument?>? map,
        IReadOnlyList<string> languages,
        PackLocation where,
        string what,
        Func<string, TDocument, PackLocation, T?> read)
        where TDocument : class
        where T : class
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            if (map is null || !map.TryGetValue(language, out var document) || document is null)
            {
                Add(PackErrorKind.MissingTranslation, where, $"{what} has no texts in '{language}'.");
                continue;
            }

            if (read(language, document, where.At(language)) is { } value)
            {
                result[language] = value;
            }
        }

        foreach (var language in map?.Keys.Except(languages, StringComparer.Ordinal) ?? [])
        {
            Add(PackErrorKind.UndeclaredLanguage, where.At(language),
                $"texts in '{language}', which the pack does not declare in 'languages'.");
        }

        return result;
    }
}
