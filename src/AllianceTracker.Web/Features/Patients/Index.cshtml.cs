using AllianceTracker.Core.Audit;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Patients;

[Audited(AuditAction.Read, "PatientList")]
public class MyPatientsModel(PatientAccess access, AllianceDbContext db) : PageModel
{
    public IReadOnlyList<PatientSummary> Patients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Patients = await access.VisiblePatients().ToSummariesAsync(db, cancellationToken);
}
