using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Infrastructure.Hardening;

/// <summary>
/// In-process rate limits: sign-in posts and token requests per client address, API requests per user.
/// They slow down guessing and runaway clients on one node; account lockout and the tablet code limiter
/// (stored in the database) are the limits that hold across nodes.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Token = "token";
    public const string Api = "api";

    public static IServiceCollection AddAllianceRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter => limiter.OnRejected = RefuseAsync);
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HardeningOptions>>((limiter, hardening) =>
        {
            var o = hardening.Value;
            var window = TimeSpan.FromSeconds(o.RateLimitWindowSeconds);
            limiter.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? Fixed($"sign-in:{ClientAddress(context)}", o.SignInAttemptsPerWindow, window)
                : RateLimitPartition.GetNoLimiter("sign-in:read"));
            limiter.AddPolicy(Token, context => Fixed($"token:{ClientAddress(context)}", o.TokenRequestsPerWindow, window));
            limiter.AddPolicy(Api, context => Fixed(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user ? $"api:user:{user}" : $"api:address:{ClientAddress(context)}",
                o.ApiRequestsPerWindow, window));
        });
        return services;
    }

    private static RateLimitPartition<string> Fixed(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "Too many requests in a short time. Wait as long as the Retry-After header says, then try again.",
            },
        });
    }
}
