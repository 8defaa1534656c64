using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Sessions;

/// <summary>
/// Loads a session by its own id and checks the caller may see its patient; otherwise it is not found.
/// The care-team check is part of the query that reads the session: one round trip, not two.
/// </summary>
public sealed class SessionAccess(AllianceDbContext db, PatientAccess patients)
{
    public async Task<ClinicalSession> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var visible = patients.VisiblePatients().Select(p => p.Id);
        var found = await db.Sessions.Where(s => s.Id == sessionId)
            .Select(s => new { Session = s, Visible = visible.Contains(s.PatientId) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Session");
        patients.EnsureVisible(found.Session.PatientId, found.Session.Id, found.Visible);
        return found.Session;
    }
}
