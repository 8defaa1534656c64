using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceTracker.Core.Instruments.Packs;

// The pack as written, before validation: everything is optional here so that the reader can
// report every missing or wrong field instead of stopping at the first. Unknown properties land
// in Unknown and are reported, so a misspelt field is never silently ignored.

internal abstract class PackNode
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }
}

internal sealed class PackDocument : PackNode
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public int? FormatVersion { get; init; }
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Version { get; init; }
    public string? Licence { get; init; }
    public string? PsychometricsNote { get; init; }
    public double? Reliability { get; init; }
    public double? NormativeSd { get; init; }
    public List<string?>? Languages { get; init; }
    public List<string?>? Subscales { get; init; }
    public List<FormDocument?>? Forms { get; init; }
}

internal sealed class FormDocument : PackNode
{
    public string? Rater { get; init; }
    public double? Reliability { get; init; }
    public double? NormativeSd { get; init; }
    public Dictionary<string, FormTextsDocument?>? Texts { get; init; }
    public List<ItemDocument?>? Items { get; init; }
}

internal sealed class FormTextsDocument : PackNode
{
    public string? Title { get; init; }
    public string? Intro { get; init; }
}

internal sealed class ItemDocument : PackNode
{
    public string? Key { get; init; }
    public int? Order { get; init; }
    public string? Subscale { get; init; }
    public bool? Required { get; init; }
    public ResponseDocument? Response { get; init; }
    public ShowIfDocument? ShowIf { get; init; }
    public Dictionary<string, ItemTextsDocument?>? Texts { get; init; }
}

internal sealed class ResponseDocument : PackNode
{
    public string? Type { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }
    public List<string?>? Options { get; init; }
    public int? MaxLength { get; init; }
}

internal sealed class ShowIfDocument : PackNode
{
    public string? Item { get; init; }
    public List<string?>? AnyOf { get; init; }
}

internal sealed class ItemTextsDocument : PackNode
{
    public string? Question { get; init; }
    public Dictionary<string, string?>? Anchors { get; init; }
    public Dictionary<string, string?>? Options { get; init; }
}
