using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.NeedToKnow;

/// <summary>The form for a need-to-know access; it posts to the same validator and grant as the API.</summary>
[Authorize(Roles = "Therapist,WardManager")]
[Audited(AuditAction.Read, "NeedToKnowForm")]
public class RequestNeedToKnowModel(WardPatients wardPatients, GrantNeedToKnow grant, IAuditTrail trail) : FormPage
{
    public Patient Patient { get; private set; } = null!;

    [BindProperty] public string Reason { get; set; } = "";
    [BindProperty] public int Hours { get; set; } = NeedToKnowRequestValidator.DefaultHours;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Patient = await wardPatients.GetAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await wardPatients.GetAsync(id, cancellationToken);
        var request = new NeedToKnowRequest(Reason, Hours);
        var granted = await TryAsync(async () =>
        {
            await ValidateAsync(request);
            var view = await grant.GrantAsync(id, request, cancellationToken);
            // the page's own event is a read of the form; the grant is recorded as what it is
            await trail.RecordAsync(new AuditEntry(AuditAction.Create, "NeedToKnowAccess", AuditOutcome.Success, id, view.Id.ToString()), cancellationToken);
        });
        return granted ? Redirect($"/Patients/{id}") : Page();
    }
}
