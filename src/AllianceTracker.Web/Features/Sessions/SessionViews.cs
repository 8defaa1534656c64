using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Sessions;

/// <summary>Sessions with their two ratings and the patient's non-response, as staff see them.</summary>
public sealed class SessionViews(AllianceDbContext db)
{
    /// <summary>A patient's sessions in time order.</summary>
    public async Task<List<SessionView>> OfPatientAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PatientId == patientId).ToListAsync(cancellationToken);
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync(cancellationToken);
        var nonResponses = LatestNonResponses.BySession(
            await db.NonResponses.AsNoTracking().Where(n => n.PatientId == patientId).ToListAsync(cancellationToken));
        return sessions
            .OrderBy(s => s.Current.StartsAt)
            .Select(s => SessionView.From(s, ratings.Where(r => r.SessionId == s.Id).ToList(), nonResponses.GetValueOrDefault(s.Id)))
            .ToList();
    }

    public async Task<SessionView> OfAsync(ClinicalSession session, CancellationToken cancellationToken)
    {
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.SessionId == session.Id).ToListAsync(cancellationToken);
        var nonResponse = await db.NonResponses.AsNoTracking().Where(n => n.SessionId == session.Id)
            .OrderByDescending(n => n.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        return SessionView.From(session, ratings, nonResponse);
    }
}
