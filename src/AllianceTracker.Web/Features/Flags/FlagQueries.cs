using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

public static class FlagQueries
{
    /// <summary>Flags of the given (already care-team filtered) patients, most severe and newest first.</summary>
    public static async Task<List<FlagView>> FlagsOfAsync(
        this AllianceDbContext db, IQueryable<Patient> patients, FlagStatus? status, CancellationToken cancellationToken)
    {
        var flags = await db.Flags
            .Where(f => status == null || f.Status == status)
            .Join(patients, f => f.PatientId, p => p.Id, (f, p) => new FlagView(
                f.Id, f.PatientId, f.WardId, p.DisplayAlias, f.RuleId, f.RuleSetVersion, f.Severity, f.Status,
                f.ExplanationEn, f.ExplanationNb, f.InputsJson, f.RaisedAt, f.AcknowledgedAt, f.ResolvedAt, f.ResolutionNote))
            .ToListAsync(cancellationToken);

        // severity is stored as text, so it is ordered here rather than in SQL
        return flags.OrderByDescending(f => f.Severity).ThenByDescending(f => f.RaisedAt).ToList();
    }
}
