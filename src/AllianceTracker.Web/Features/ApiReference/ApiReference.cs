using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace AllianceTracker.Web.Features.ApiReference;

/// <summary>The application's own OpenAPI document, arranged for reading: operations grouped by tag, schemas spelled out.</summary>
public sealed record ApiReference(IReadOnlyList<ApiTag> Tags)
{
    public const string DocumentName = "v1";

    public int OperationCount => Tags.Sum(t => t.Operations.Count);

    public static ApiReference From(OpenApiDocument document)
    {
        var operations =
            from path in document.Paths
            from operation in path.Value.Operations ?? []
            select Describe(path.Key, operation.Key.Method, operation.Value);
        return new ApiReference(operations
            .GroupBy(o => o.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ApiTag(g.Key, g.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList()))
            .ToList());
    }

    private static ApiOperation Describe(string path, string method, OpenApiOperation operation) => new(
        operation.Tags?.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? "Other",
        method.ToUpperInvariant(),
        path,
        operation.Summary,
        operation.Description,
        (operation.Parameters ?? []).Select(p => new ApiParameter(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, TypeOf(p.Schema))).ToList(),
        operation.RequestBody?.Content is { Count: > 0 } content ? Body(content) : null,
        (operation.Responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new ApiResponse(r.Key, r.Value.Description, r.Value.Content?.Keys.ToList() ?? [])).ToList());

    private static ApiBody Body(IDictionary<string, OpenApiMediaType> content)
    {
        var (mediaType, media) = content.First();
        var schema = media.Schema;
        var properties = (schema?.Properties ?? new Dictionary<string, IOpenApiSchema>())
            .Select(p => new ApiProperty(p.Key, TypeOf(p.Value), schema?.Required?.Contains(p.Key) == true))
            .ToList();
        return new ApiBody(mediaType, TypeOf(schema), properties);
    }

    /// <summary>A schema's type in words: the referenced type's name, "array of …", a format, the allowed values of an enum.</summary>
    public static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return "any";
        }

        var alternatives = (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).ToList();
        if (alternatives.Count > 0)
        {
            return string.Join(" or ", alternatives.Select(TypeOf).Distinct());
        }

        var type = schema.Type ?? 0;
        var named = schema is OpenApiSchemaReference reference ? reference.Reference.Id : null;
        var nullable = type.HasFlag(JsonSchemaType.Null) ? " or null" : "";
        if (schema.Enum is { Count: > 0 } values)
        {
            var choices = string.Join(", ", values.Where(v => v is not null).Select(v => v is JsonValue value ? value.ToString() : v!.ToJsonString()));
            return $"{named ?? "string"} (one of: {choices}){nullable}";
        }

        if (named is not null)
        {
            return named + nullable;
        }

        var baseType = (type & ~JsonSchemaType.Null) switch
        {
            JsonSchemaType.Array => $"array of {TypeOf(schema.Items)}",
            0 => "any",
            var t => t.ToString().ToLowerInvariant().Replace(", ", " or ", StringComparison.Ordinal),
        };
        return (schema.Format is { Length: > 0 } format ? $"{baseType} ({format})" : baseType) + nullable;
    }
}

public sealed record ApiTag(string Name, IReadOnlyList<ApiOperation> Operations)
{
    public string Anchor => "tag-" + new string(Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}

public sealed record ApiOperation(
    string Tag, string Method, string Path, string? Summary, string? Description,
    IReadOnlyList<ApiParameter> Parameters, ApiBody? RequestBody, IReadOnlyList<ApiResponse> Responses);

public sealed record ApiParameter(string Name, string In, bool Required, string Type);

public sealed record ApiBody(string MediaType, string Type, IReadOnlyList<ApiProperty> Properties);

public sealed record ApiProperty(string Name, string Type, bool Required);

public sealed record ApiResponse(string Status, string? Description, IReadOnlyList<string> MediaTypes);
