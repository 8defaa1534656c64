namespace AllianceTracker.Web.Features.Audit;

/// <summary>
/// Per request: which patient's data the handler touched. The audit filter reads it when the
/// request ends, whatever the outcome, so refused and failed attempts are on the log too.
/// </summary>
public sealed class PatientAuditScope
{
    public Guid? PatientId { get; private set; }
    public string? ResourceId { get; private set; }

    public void Touch(Guid patientId, Guid? resourceId = null)
    {
        PatientId = patientId;
        ResourceId = (resourceId ?? patientId).ToString();
    }

    public void Target(Guid resourceId) => Target(resourceId.ToString());

    /// <summary>Names a resource that has no id of its own, such as an instrument pack ("code@version").</summary>
    public void Target(string resourceId) => ResourceId ??= resourceId;
}
