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
    public async Task<ClinicalSession> GetAsync(Guid sessionId, CancellationToken cancellationToken) =>
        (await ReadAsync(sessionId, among: null, cancellationToken)).Session;

    /// <summary>
    /// Loads the session and, in the same query, whether its id is among <paramref name="sessionIds"/>
    /// (the sessions a therapist has already rated, say).
    /// </summary>
    public Task<(ClinicalSession Session, bool IsAmong)> GetAsync(
        Guid sessionId, IQueryable<Guid> sessionIds, CancellationToken cancellationToken) =>
        ReadAsync(sessionId, sessionIds, cancellationToken);

    private async Task<(ClinicalSession Session, bool IsAmong)> ReadAsync(
        Guid sessionId, IQueryable<Guid>? among, CancellationToken cancellationToken)
    {
        var visible = patients.VisiblePatients().Select(p => p.Id);
        var session = db.Sessions.Where(s => s.Id == sessionId);
        // EXISTS rather than IN: correlated with the one session, each check probes an index instead of building a set
        var found = await (among is null
                ? session.Select(s => new Found(s, visible.Any(id => id == s.PatientId), false))
                : session.Select(s => new Found(s, visible.Any(id => id == s.PatientId), among.Any(id => id == s.Id))))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Session");
        patients.EnsureVisible(found.Session.PatientId, found.Session.Id, found.Visible);
        return (found.Session, found.IsAmong);
    }

    private sealed record Found(ClinicalSession Session, bool Visible, bool IsAmong);
}
