namespace AllianceTracker.Core.Audit;

/// <summary>Who did what to which patient's data, when and from where. Append-only; never clinical content.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? UserId { get; set; }
    public string? Role { get; set; }
    public Guid? PatientId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The kind of resource, e.g. "Session", or the route template.</summary>
    public required string Resource { get; set; }

    public string? ResourceId { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string? CorrelationId { get; set; }
    public string? ClientAddress { get; set; }
}

public enum AuditAction
{
    Read,
    Create,
    Amend,
    Export,
    SignIn,
    Administer,
}

public enum AuditOutcome
{
    Success,
    Refused,
    NotFound,
    Failed,
}
