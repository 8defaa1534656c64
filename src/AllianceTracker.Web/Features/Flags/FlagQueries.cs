using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Ratings;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

public static class FlagQueries
{
    public const string WithheldExplanationEn =
        "This finding rests on the patient's rating of this session, which the patient chose to share only in the shared summary. Its numbers are shown there.";

    public const string WithheldExplanationNb =
        "Funnet bygger på pasientens vurdering av denne samtalen, som pasienten valgte å dele bare i den felles oppsummeringen. Tallene står der.";

    /// <summary>
    /// Flags of the given (already care-team filtered) patients as staff may see them, most severe and newest first.
    /// A flag raised on a session whose patient rating is shared only in the summary keeps its rule and severity,
    /// but not the numbers: its explanation and inputs would show the rating the patient chose to hold back.
    /// </summary>
    /// <param name="statuses">The statuses to include; null for all.</param>
    public static async Task<List<FlagView>> FlagsOfAsync(
        this AllianceDbContext db, IQueryable<Patient> patients, IReadOnlyCollection<FlagStatus>? statuses, CancellationToken cancellationToken)
    {
        var flags = await db.Flags
            .Where(f => statuses == null || statuses.Contains(f.Status))
            .Join(patients, f => f.PatientId, p => p.Id, (f, p) => new
            {
                f.SessionId,
                View = new FlagView(
                    f.Id, f.PatientId, f.WardId, p.DisplayAlias, f.RuleId, f.RuleSetVersion, f.Severity, f.Status,
                    f.ExplanationEn, f.ExplanationNb, f.InputsJson, f.RaisedAt, f.AcknowledgedAt, f.ResolvedAt, f.ResolutionNote),
            })
            .ToListAsync(cancellationToken);
        var withheld = await WithheldSessionsAsync(db, [.. flags.Where(f => f.SessionId != null).Select(f => f.SessionId!.Value).Distinct()], cancellationToken);

        // severity is stored as text, so it is ordered here rather than in SQL
        return flags
            .Select(f => f.SessionId is { } session && withheld.Contains(session)
                ? f.View with { ExplanationEn = WithheldExplanationEn, ExplanationNb = WithheldExplanationNb, InputsJson = "{}" }
                : f.View)
            .OrderByDescending(f => f.Severity).ThenByDescending(f => f.RaisedAt).ToList();
    }

    private static async Task<HashSet<Guid>> WithheldSessionsAsync(AllianceDbContext db, List<Guid> sessionIds, CancellationToken cancellationToken)
    {
        if (sessionIds.Count == 0)
        {
            return [];
        }

        var ratings = await db.Ratings.AsNoTracking()
            .Where(r => sessionIds.Contains(r.SessionId) && r.Rater == Rater.Patient)
            .ToListAsync(cancellationToken);
        return [.. CurrentRatings.Of(ratings).Where(r => r.IsWithheldFromTherapist()).Select(r => r.SessionId)];
    }
}
