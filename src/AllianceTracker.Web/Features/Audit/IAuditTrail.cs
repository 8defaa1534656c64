using AllianceTracker.Core.Audit;

namespace AllianceTracker.Web.Features.Audit;

/// <summary>Writes audit events. Never pass clinical content: ids, kinds and outcomes only.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}

public sealed record AuditEntry(
    AuditAction Action,
    string Resource,
    AuditOutcome Outcome,
    Guid? PatientId = null,
    string? ResourceId = null);
