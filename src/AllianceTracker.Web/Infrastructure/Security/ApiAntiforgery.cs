using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Razor Pages check the antiforgery token of every form post; this does the same for API requests
/// that change state with the session cookie, which must send the token in the
/// <see cref="HeaderName"/> header. Bearer-token callers are exempt (a browser never attaches a
/// bearer token by itself), as are anonymous endpoints such as the tablet's, which ignore the cookie.
/// </summary>
public sealed class ApiAntiforgery(RequestDelegate next)
{
    public const string HeaderName = "RequestVerificationToken";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        if (NeedsToken(context) && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Antiforgery token missing or not valid",
                    Detail = $"A change made with the session cookie needs the antiforgery token in the '{HeaderName}' header.",
                },
            });
            return;
        }

        await next(context);
    }

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
        && !HttpMethods.IsOptions(context.Request.Method) && !HttpMethods.IsTrace(context.Request.Method)
        && context.User.Identity?.IsAuthenticated == true
        && !IdentityRegistration.PresentsBearerToken(context.Request)
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;
}
