using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Sessions;

/// <summary>Loads a session by its own id and checks the caller may see its patient; otherwise it is not found.</summary>
public sealed class SessionAccess(AllianceDbContext db, PatientAccess patients)
{
    public async Task<ClinicalSession> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            ?? throw new NotFoundException("Session");
        await patients.EnsureAccessAsync(session.PatientId, session.Id);
        return session;
    }
}
