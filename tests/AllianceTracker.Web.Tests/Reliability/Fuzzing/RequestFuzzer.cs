using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AllianceTracker.Web.Tests.Reliability.Fuzzing;

/// <summary>
/// Makes request number <c>index</c> of a run from the seed alone, so any one request can be made again
/// without the others: a plausible request built from the OpenAPI shapes, then broken in one way.
/// </summary>
public sealed class RequestFuzzer(ApiSurface surface, KnownIds ids, int seed)
{
    private const string NumberMarker = "\u00a7number\u00a7";
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public FuzzCase Make(int index)
    {
        var random = new Random(HashCode.Combine(seed, index));
        var operation = surface.Operations[index % surface.Operations.Count];
        var caller = random.Next(20) switch { < 12 => FuzzCaller.Therapist, < 15 => FuzzCaller.Manager, < 17 => FuzzCaller.Admin, _ => FuzzCaller.Anonymous };
        var url = Path(random, operation) + Query(random, operation);
        var (kind, body, contentType) = operation.Method == "GET" ? ("query", null, null) : Body(random, operation);
        return new FuzzCase(index, operation, caller, kind, url, body, contentType);
    }

    private string Path(Random random, ApiOperation operation)
    {
        var segments = operation.Route.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                segments[i] = random.Next(10) == 0
                    ? Uri.EscapeDataString(HostileValues.PathSafeInjections[random.Next(HostileValues.PathSafeInjections.Length)])
                    : segments[i].StartsWith("{code", StringComparison.Ordinal) ? "NO" : ids.ForSegment(random, segments[i - 1]).ToString();
            }
        }

        return string.Join('/', segments);
    }

    private string Query(Random random, ApiOperation operation)
    {
        var pairs = operation.QueryParameters
            .Where(_ => random.Next(3) > 0)
            .Select(p => (p.Name, Value: random.Next(3) == 0 ? Hostile(random) : Plausible(random, p.Schema, p.Name, 0)))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Text(p.Value))}")
            .ToList();
        if (random.Next(8) == 0)
        {
            pairs.Add($"{Uri.EscapeDataString(HostileValues.Injections[random.Next(HostileValues.Injections.Length)])}=1");
        }

        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private (string Kind, byte[]? Body, string? ContentType) Body(Random random, ApiOperation operation)
    {
        var body = operation.BodySchema is { } schema ? Plausible(random, schema, "body", 0) as JsonObject ?? [] : [];
        var names = body.Select(p => p.Key).ToList();
        string Json(JsonNode node) => node.ToJsonString(Compact);
        byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        switch (random.Next(12))
        {
            case 0 or 1:
                return ("plausible", Utf8(Json(body)), "application/json");
            case 2 when names.Count > 0:
                var replaced = names[random.Next(names.Count)];
                body[replaced] = Hostile(random);
                return ($"hostile {replaced}", Utf8(Json(body)), "application/json");
            case 3 when names.Count > 0:
                var removed = names[random.Next(names.Count)];
                body.Remove(removed);
                return ($"without {removed}", Utf8(Json(body)), "application/json");
            case 4:
                foreach (var extra in new[] { "id", "version", "recordedAt", "__proto__", "patientId" }.Where(_ => random.Next(2) == 0))
                {
                    body[extra] = Hostile(random);
                }

                return ("extra fields", Utf8(Json(body)), "application/json");
            case 5 when names.Count > 0:
                var number = names[random.Next(names.Count)];
                var literal = HostileValues.NumberLiterals[random.Next(HostileValues.NumberLiterals.Length)];
                body[number] = NumberMarker;
                return ($"{number} = {literal}", Utf8(Json(body).Replace($"\"{NumberMarker}\"", literal, StringComparison.Ordinal)), "application/json");
            case 6:
                var whole = Json(body);
                return ("truncated", Utf8(whole[..random.Next(whole.Length)]), "application/json");
            case 7:
                var bytes = Utf8(Json(body)).ToList();
                bytes.InsertRange(random.Next(bytes.Count), random.Next(2) == 0 ? [0xC3, 0x28] : [0xFF, 0xFE, 0xED]);
                return ("invalid UTF-8", bytes.ToArray(), "application/json");
            case 8:
                var depth = random.Next(2) == 0 ? 70 : 20_000;
                var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
                return ($"nested {depth} deep", Utf8(string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth))), "application/json");
            case 9:
                var wrong = new[] { "", "null", "[]", "\"text\"", "42", "{", "}", "{\"\":}", "[{}]" }[random.Next(9)];
                return ($"body {wrong}", Utf8(wrong), "application/json");
            case 10:
                var type = new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1" }[random.Next(4)];
                return ($"as {type}", Utf8(Json(body)), type);
            default:
                foreach (var name in names.Where(_ => random.Next(2) == 0))
                {
                    body[name] = Hostile(random);
                }

                return ("several hostile", Utf8(Json(body)), "application/json");
        }
    }

    private JsonNode? Hostile(Random random) => HostileValues.Any(random, ids.All);

    private JsonNode? Plausible(Random random, JsonElement schema, string name, int depth)
    {
        schema = surface.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values))
        {
            var choices = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return choices.Count == 0 ? null : JsonNode.Parse(choices[random.Next(choices.Count)].GetRawText());
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(schema) switch
        {
            "object" when depth < 4 && schema.TryGetProperty("properties", out var properties) => new JsonObject(properties.EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, Plausible(random, p.Value, p.Name, depth + 1)))),
            "object" => new JsonObject(),
            "array" when schema.TryGetProperty("items", out var items) => new JsonArray(Enumerable.Range(0, 1 + random.Next(2))
                .Select(_ => Plausible(random, items, name, depth + 1)).ToArray()),
            "array" => new JsonArray(),
            "integer" or "number" => random.Next(0, 5),
            "boolean" => random.Next(2) == 0,
            _ when format == "uuid" => ids.ForProperty(random, name).ToString(),
            _ when format == "date-time" => DateTimeOffset.UtcNow.AddHours(-random.Next(1, 72)).ToString("O", CultureInfo.InvariantCulture),
            _ when format == "date" => DateTime.UtcNow.AddDays(-random.Next(1, 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => PlausibleText(name),
        };
    }

    private static string PlausibleText(string name) => name.ToLowerInvariant() switch
    {
        var n when n.Contains("email", StringComparison.Ordinal) => "nobody@example.org",
        var n when n.Contains("lang", StringComparison.Ordinal) => "nb",
        var n when n.Contains("code", StringComparison.Ordinal) => "ABCD2345",
        _ => "Snakket om søvn",
    };

    private static string? TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? null
        : type.ValueKind == JsonValueKind.String ? type.GetString()
        : type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null");

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
