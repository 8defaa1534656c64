using AllianceTracker.Core.Audit;
using AllianceTracker.Web.Infrastructure.Errors;

namespace AllianceTracker.Web.Features.Audit;

/// <summary>
/// Writes one audit event for every request to an endpoint marked <see cref="AuditedAttribute"/>,
/// after the response status is known, including refusals (401/403/404) and failures.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, PatientAuditScope scope, IAuditTrail audit)
    {
        var audited = context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>();
        if (audited is null)
        {
            await next(context);
            return;
        }

        AuditOutcome? thrown = null;
        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            thrown = exception switch
            {
                NotFoundException => AuditOutcome.NotFound,
                ForbiddenException => AuditOutcome.Refused,
                _ => AuditOutcome.Failed,
            };
            throw;
        }
        finally
        {
            var resourceId = scope.ResourceId ?? RouteId(context);
            await audit.RecordAsync(
                new AuditEntry(audited.Action, audited.Resource, thrown ?? Outcome(context.Response.StatusCode), scope.PatientId, resourceId),
                CancellationToken.None);
        }
    }

    private static string? RouteId(HttpContext context) =>
        context.Request.RouteValues.TryGetValue("id", out var id) ? id?.ToString() : null;

    private static AuditOutcome Outcome(int status) => status switch
    {
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => AuditOutcome.Refused,
        StatusCodes.Status404NotFound => AuditOutcome.NotFound,
        >= 400 => AuditOutcome.Failed,
        _ => AuditOutcome.Success,
    };
}
