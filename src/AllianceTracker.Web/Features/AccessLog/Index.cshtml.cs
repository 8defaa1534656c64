using AllianceTracker.Core.Audit;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.AccessLog;

[Audited(AuditAction.Read, "AccessLog")]
public class AccessLogModel(PatientAccess access, AccessLogQuery query) : PageModel
{
    public Guid PatientId { get; private set; }
    public PatientAccessLog Log { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        PatientId = patient.Id;
        Log = await query.LoadAsync(patient, cancellationToken);
    }
}
