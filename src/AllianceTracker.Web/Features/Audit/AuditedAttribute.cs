using AllianceTracker.Core.Audit;

namespace AllianceTracker.Web.Features.Audit;

/// <summary>Marks an endpoint or page that reads or writes patient data; the audit filter then records every call.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AuditedAttribute(AuditAction action, string resource) : Attribute
{
    public AuditAction Action { get; } = action;
    public string Resource { get; } = resource;
}
