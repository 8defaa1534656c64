using System.Text.Json;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>Reads instrument content packs (JSON) and validates them, reporting every problem found.</summary>
public static class InstrumentPackLoader
{
    public const int SupportedFormatVersion = PackReader.SupportedFormatVersion;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        AllowDuplicateProperties = false,
    };

    /// <summary>Parses and validates a pack, or throws <see cref="InstrumentPackException"/> listing every error.</summary>
    public static InstrumentPack Load(string json, string sourceName)
    {
        var result = TryLoad(json, sourceName);
        return result.Pack ?? throw new InstrumentPackException(sourceName, result.Errors);
    }

    public static InstrumentPack Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd(), sourceName);
    }

    /// <summary>Parses and validates a pack; the result holds either the pack or every error found.</summary>
    public static PackLoadResult TryLoad(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);

        var errors = new PackErrorSink(sourceName);
        PackDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PackDocument>(json, Options);
        }
        catch (JsonException exception)
        {
            errors.Add(PackErrorKind.MalformedJson, new PackLocation(exception.Path ?? string.Empty), DescribeJsonError(exception));
            return new PackLoadResult(null, errors.Errors);
        }

        if (document is null)
        {
            errors.Add(PackErrorKind.MalformedJson, new PackLocation(string.Empty), "the pack is empty (JSON 'null').");
            return new PackLoadResult(null, errors.Errors);
        }

        var pack = new PackReader(errors).Read(document, json);
        return new PackLoadResult(pack, errors.Errors);
    }

    private static string DescribeJsonError(JsonException exception)
    {
        // Line and position are zero-based in JsonException; people count from one.
        var where = exception.LineNumber is { } line
            ? $"at line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1}"
            : "at an unknown position";
        var reason = exception.InnerException?.Message ?? exception.Message;
        var firstSentence = reason.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd();
        return $"malformed JSON {where}: {firstSentence}";
    }
}

public sealed record PackLoadResult(InstrumentPack? Pack, IReadOnlyList<PackError> Errors)
{
    public bool Succeeded => Pack is not null;
}
