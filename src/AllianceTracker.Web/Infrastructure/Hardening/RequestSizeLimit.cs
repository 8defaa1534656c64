using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Infrastructure.Hardening;

/// <summary>
/// Refuses request bodies over <see cref="HardeningOptions.MaxRequestBodyBytes"/>: a declared length
/// at once with 413, and a streamed body through the server's own limit when it reads past it.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, IOptions<HardeningOptions> options)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request too large",
                    Detail = $"The request body may be at most {limit} bytes.",
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
