using System.Security.Claims;
using AllianceTracker.Core.Audit;
using AllianceTracker.Data;

namespace AllianceTracker.Web.Features.Audit;

/// <summary>
/// Appends audit events through a context of its own, so an event is written even when the
/// request's own unit of work fails or is rolled back.
/// </summary>
public sealed class AuditTrail(
    IServiceScopeFactory scopes, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow(),
            UserId = Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            Role = user?.Identity?.IsAuthenticated == true
                ? string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value))
                : null,
            PatientId = entry.PatientId,
            Action = entry.Action,
            Resource = entry.Resource,
            ResourceId = entry.ResourceId,
            Outcome = entry.Outcome,
            CorrelationId = http?.TraceIdentifier,
            ClientAddress = http?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
