using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Reliability.Fuzzing;

/// <summary>One API operation: its method, route template, and what the OpenAPI document says its body and query hold.</summary>
public sealed record ApiOperation(string Method, string Route, JsonElement? BodySchema, IReadOnlyList<QueryParameter> QueryParameters)
{
    public override string ToString() => $"{Method} {Route}";
}

public sealed record QueryParameter(string Name, JsonElement Schema);

/// <summary>
/// Every API endpoint the running application maps (from its EndpointDataSource, so none is forgotten),
/// with the request shapes from its own OpenAPI document.
/// </summary>
public sealed partial class ApiSurface(IReadOnlyList<ApiOperation> operations, JsonElement schemas)
{
    public IReadOnlyList<ApiOperation> Operations { get; } = operations;

    public static async Task<ApiSurface> ReadAsync(IServiceProvider services, HttpClient signedIn)
    {
        using var document = JsonDocument.Parse(await signedIn.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement.Clone();
        var paths = root.GetProperty("paths");
        var operations = services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Route.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(method => Describe(paths, method, e.Route)))
            .OrderBy(o => o.Route, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();
        return new ApiSurface(operations, root.GetProperty("components").GetProperty("schemas"));
    }

    /// <summary>The schema itself, or the one its $ref (or the first non-null alternative) points to.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(schemas.GetProperty(reference.GetString()!.Split('/')[^1]));
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var alternatives))
            {
                return Resolve(alternatives.EnumerateArray().First(a => !IsNullOnly(a)));
            }
        }

        return schema;
    }

    public static string OpenApiPath(string route) => RouteConstraint().Replace(route, "{${name}}");

    private static ApiOperation Describe(JsonElement paths, string method, string route)
    {
        if (!paths.TryGetProperty(OpenApiPath(route), out var path) || !path.TryGetProperty(method.ToLowerInvariant(), out var operation))
        {
            return new ApiOperation(method, route, null, []);
        }

        JsonElement? body = operation.TryGetProperty("requestBody", out var requestBody) &&
            requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
            ? json.GetProperty("schema").Clone()
            : null;
        var query = operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => new QueryParameter(p.GetProperty("name").GetString()!, p.GetProperty("schema").Clone())).ToList()
            : [];
        return new ApiOperation(method, route, body, query);
    }

    private static bool IsNullOnly(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteConstraint();
}
