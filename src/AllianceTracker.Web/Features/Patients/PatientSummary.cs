using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Patients;

/// <summary>A patient as the "My patients" list shows them.</summary>
public sealed record PatientSummary(
    Guid Id,
    string DisplayAlias,
    string PreferredLanguage,
    Guid WardId,
    int OpenFlags,
    DateTimeOffset? LastPatientRatingAt,
    bool IsSynthetic);

public static class PatientSummaryQuery
{
    public static async Task<List<PatientSummary>> ToSummariesAsync(
        this IQueryable<Patient> patients, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var rows = await patients
            .OrderBy(p => p.DisplayAlias)
            .Select(p => new
            {
                p.Id,
                p.DisplayAlias,
                p.PreferredLanguage,
                p.WardId,
                p.IsSynthetic,
                OpenFlags = db.Flags.Count(f => f.PatientId == p.Id && f.Status != FlagStatus.Resolved),
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var lastRatings = (await db.Ratings
                .Where(r => ids.Contains(r.PatientId) && r.Rater == Rater.Patient)
                .Select(r => new { r.PatientId, r.SubmittedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.PatientId)
            .ToDictionary(g => g.Key, g => g.Max(r => r.SubmittedAt));

        return rows
            .Select(r => new PatientSummary(
                r.Id, r.DisplayAlias, r.PreferredLanguage, r.WardId, r.OpenFlags,
                lastRatings.TryGetValue(r.Id, out var at) ? at : null, r.IsSynthetic))
            .ToList();
    }
}
