namespace AllianceTracker.Web.Infrastructure.Hardening;

/// <summary>
/// Nothing the application generates may be kept by a browser or proxy cache: pages, API answers,
/// PDFs and errors may all hold patient data. Static files are served before this and stay cacheable.
/// </summary>
public sealed class NoStore(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
