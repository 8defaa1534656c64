using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Sessions;

[Audited(AuditAction.Read, "Session")]
public class SessionPageModel(SessionAccess sessions, SessionViews views, AllianceDbContext db) : PageModel
{
    public SessionView Session { get; private set; } = null!;
    public Patient Patient { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(id, cancellationToken);
        Session = await views.OfAsync(session, cancellationToken);
        Patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == session.PatientId, cancellationToken);
    }
}
