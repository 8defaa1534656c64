using System.Text.Json;
using System.Text.RegularExpressions;

namespace AllianceTracker.Core.Tests.Instruments;

/// <summary>
/// Checks a JSON document against the subset of JSON Schema 2020-12 that the pack schema uses,
/// so the documented schema is tested without a schema library.
/// </summary>
internal sealed class MiniJsonSchema(JsonElement root)
{
    private static readonly string[] Understood =
    [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "required", "properties", "additionalProperties",
        "items", "enum", "const", "pattern", "minItems", "maxItems", "minLength", "uniqueItems", "exclusiveMinimum",
        "exclusiveMaximum", "minimum", "maximum", "oneOf", "propertyNames",
    ];

    public List<string> Validate(JsonElement instance)
    {
        var problems = new List<string>();
        Check(root, instance, "$", problems);
        return problems;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        foreach (var keyword in schema.EnumerateObject().Where(keyword => !Understood.Contains(keyword.Name)))
        {
            problems.Add($"{path}: the test does not understand schema keyword '{keyword.Name}'");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), instance, path, problems);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(instance, type.GetString()!))
        {
            problems.Add($"{path}: expected {type.GetString()}, found {instance.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            problems.Add($"{path}: expected {constant}");
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(value => JsonElement.DeepEquals(value, instance)))
        {
            problems.Add($"{path}: {instance} is not one of {allowed}");
        }

        CheckString(schema, instance, path, problems);
        CheckNumber(schema, instance, path, problems);
        CheckArray(schema, instance, path, problems);
        CheckObject(schema, instance, path, problems);

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var passing = oneOf.EnumerateArray().Count(option => Passes(option, instance));
            if (passing != 1)
            {
                problems.Add($"{path}: matches {passing} of the 'oneOf' alternatives, not exactly one");
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement instance)
    {
        var problems = new List<string>();
        Check(schema, instance, "$", problems);
        return problems.Count == 0;
    }

    private static void CheckString(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = instance.GetString()!;
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            problems.Add($"{path}: '{text}' does not match {pattern}");
        }

        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            problems.Add($"{path}: shorter than {minLength}");
        }
    }

    private static void CheckNumber(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        if (instance.ValueKind != JsonValueKind.Number)
        {
            return;
        }

        var number = instance.GetDouble();
        if ((schema.TryGetProperty("exclusiveMinimum", out var exclusiveMinimum) && number <= exclusiveMinimum.GetDouble())
            || (schema.TryGetProperty("exclusiveMaximum", out var exclusiveMaximum) && number >= exclusiveMaximum.GetDouble())
            || (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
            || (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble()))
        {
            problems.Add($"{path}: {number} is out of range");
        }
    }

    private void CheckArray(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var elements = instance.EnumerateArray().ToList();
        if ((schema.TryGetProperty("minItems", out var minItems) && elements.Count < minItems.GetInt32())
            || (schema.TryGetProperty("maxItems", out var maxItems) && elements.Count > maxItems.GetInt32()))
        {
            problems.Add($"{path}: {elements.Count} items is out of range");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean()
            && elements.Select(element => element.GetRawText()).Distinct().Count() != elements.Count)
        {
            problems.Add($"{path}: items are not unique");
        }

        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var index = 0; index < elements.Count; index++)
            {
                Check(itemSchema, elements[index], $"{path}[{index}]", problems);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var name in schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(name => name.GetString()!) : [])
        {
            if (!instance.TryGetProperty(name, out _))
            {
                problems.Add($"{path}: required property '{name}' is missing");
            }
        }

        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        foreach (var property in instance.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            if (schema.TryGetProperty("propertyNames", out var names))
            {
                Check(names, JsonSerializer.SerializeToElement(property.Name), propertyPath, problems);
            }

            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, propertyPath, problems);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{propertyPath}: property is not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(additional, property.Value, propertyPath, problems);
                }
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        return reference.StartsWith(prefix, StringComparison.Ordinal)
            ? root.GetProperty("$defs").GetProperty(reference[prefix.Length..])
            : throw new NotSupportedException($"Only local $defs references are supported, not '{reference}'.");
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        _ => throw new NotSupportedException($"Unknown schema type '{type}'."),
    };
}
