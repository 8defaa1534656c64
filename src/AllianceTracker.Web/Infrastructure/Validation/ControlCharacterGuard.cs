using AllianceTracker.Web.Infrastructure.Errors;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>
/// Refuses an API request whose query values, route values or JSON body strings hold a control character
/// (<see cref="ControlCharacters"/>), with 400 naming each field, before the endpoint binds anything. The body is read
/// as raw JSON rather than through a converter, so that every body is covered (instrument packs too) and the OpenAPI
/// document keeps its string schemas, which a custom string converter would turn into empty ones.
/// </summary>
public sealed class ControlCharacterGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var refused = context.Request.Query.Where(q => q.Value.Any(ControlCharacters.AreIn)).Select(q => q.Key)
                .Concat(context.Request.RouteValues.Where(r => r.Value is string text && ControlCharacters.AreIn(text)).Select(r => r.Key))
                .Concat(await RefusedInJsonBodyAsync(context.Request))
                .Distinct()
                .ToList();
            if (refused.Count > 0)
            {
                throw new RequestValidationException(refused.ToDictionary(field => field, _ => new[] { ControlCharacters.Problem() }));
            }
        }

        await next(context);
    }

    private static async Task<IReadOnlyList<string>> RefusedInJsonBodyAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return [];
        }

        // kept in memory rather than with EnableBuffering, which spills larger bodies, and the patient data in them, to disk
        var body = new MemoryStream();
        request.HttpContext.Response.RegisterForDispose(body);
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        body.Position = 0;
        request.Body = body;
        return JsonStringPaths.WithControlCharacters(body.GetBuffer().AsSpan(0, (int)body.Length));
    }
}
