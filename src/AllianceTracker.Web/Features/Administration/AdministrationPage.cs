using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace AllianceTracker.Web.Features.Administration;

/// <summary>
/// An administrator's form. A change goes through the API's validator and service and is audited as the API audits it,
/// with its outcome; the page itself reads no patient data.
/// </summary>
[Authorize(Policy = StaffRole.Admin)]
public abstract class AdministrationPage : FormPage
{
    /// <summary>Validates the request and runs the change; returns the changed record's id, or null when it was refused.</summary>
    protected Task<Guid?> TryChangeAsync<TRequest>(string resource, Guid? target, TRequest request, Func<TRequest, Task<Guid>> change) =>
        TryChangeAsync(resource, target, async () =>
        {
            await ValidateAsync(request);
            return await change(request);
        });

    /// <summary>Runs a change that takes no request; returns the changed record's id, or null when it was refused.</summary>
    protected async Task<Guid?> TryChangeAsync(string resource, Guid? target, Func<Task<Guid>> change)
    {
        var changed = target;
        var succeeded = await TryAsync(async () => changed = await change());
        await AuditChangeAsync(resource, changed?.ToString(), succeeded);
        return succeeded ? changed : null;
    }

    /// <summary>Writes the change's audit event: who (from the request), what, and whether it succeeded.</summary>
    protected Task AuditChangeAsync(string resource, string? resourceId, bool succeeded) =>
        HttpContext.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditEntry(AuditAction.Administer, resource, succeeded ? AuditOutcome.Success : AuditOutcome.Failed, ResourceId: resourceId),
            HttpContext.RequestAborted);

    public IEnumerable<string> ErrorsFor(string key) =>
        ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
}
