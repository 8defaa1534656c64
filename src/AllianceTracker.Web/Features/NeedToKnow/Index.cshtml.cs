using AllianceTracker.Core.Audit;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.NeedToKnow;

/// <summary>The patients of the caller's wards by alias: a record outside the care team opens only through a need-to-know access.</summary>
[Authorize(Roles = "Therapist,WardManager")]
[Audited(AuditAction.Read, "WardPatientList")]
public class WardPatientsModel(WardPatients wardPatients) : PageModel
{
    public IReadOnlyList<WardPatientRow> Patients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Patients = await wardPatients.ListAsync(cancellationToken);
}
