using AllianceTracker.Core.Audit;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Patients;

[Audited(AuditAction.Read, "PatientTimeline")]
public class TimelineModel(PatientAccess access, PatientTimelineQuery query) : PageModel
{
    public PatientTimeline Timeline { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string Scale { get; set; } = "total";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!PatientTimeline.Scales.Contains(Scale))
        {
            Scale = "total";
        }

        var patient = await access.GetAsync(id, cancellationToken);
        Timeline = await query.LoadAsync(patient, access.VisiblePatients(), cancellationToken);
    }
}
