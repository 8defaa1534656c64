using Scalar.AspNetCore;

namespace AllianceTracker.Web.Features.ApiReference;

/// <summary>
/// The browsable API reference at /api/reference, drawn from /openapi/v1.json. Its script is the copy
/// built into the Scalar package and served by the application, and it asks for no web fonts and sends no
/// telemetry, so it works on a ward network without internet access. Like every page, it needs a signed-in user.
/// </summary>
public static class ApiReferenceEndpoints
{
    public const string Path = "/api/reference";

    public static void MapApiReference(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(Path, options => options
            .WithTitle("AllianceTracker API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocument("v1")
            .DisableDefaultFonts()
            .DisableTelemetry());
}
