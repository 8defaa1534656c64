using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Flags;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>Replaces one patient's daily facts with those computed from the patient's current records.</summary>
public sealed class PatientFactsRebuilder(AllianceDbContext db, WardRuleSets ruleSets)
{
    private static readonly string[] RuptureRules = [RuleIds.DropFromBaseline, RuleIds.ReliableDrop, RuleIds.ReportedRupture];

    private readonly Dictionary<Guid, WardFactSettings> _wards = [];

    public async Task RebuildAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var input = await LoadAsync(patientId, cancellationToken);
        foreach (var ward in input.Sessions.Select(s => s.WardId)
                     .Concat(input.AutonomyDecisions.Select(a => a.WardId))
                     .Concat(input.Decisions.Select(d => d.WardId))
                     .Concat(input.ClosedRuptures.Select(r => r.WardId))
                     .Append(input.HomeWardId).Distinct())
        {
            await SettingsAsync(ward, cancellationToken);
        }

        var facts = PatientFactBuilder.Build(input, ward => _wards[ward]);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.DailyPatientFacts.Where(f => f.PatientId == patientId).ExecuteDeleteAsync(cancellationToken);
            db.DailyPatientFacts.AddRange(facts);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        });
    }

    private async Task SettingsAsync(Guid wardId, CancellationToken cancellationToken)
    {
        if (_wards.ContainsKey(wardId))
        {
            return;
        }

        var zone = await db.Wards.Where(w => w.Id == wardId).Select(w => w.TimeZoneId).SingleAsync(cancellationToken);
        var (_, parameters) = await ruleSets.CurrentAsync(wardId, cancellationToken);
        _wards[wardId] = new WardFactSettings(
            TimeZoneInfo.FindSystemTimeZoneById(zone), parameters.RaterGapShare * 100, parameters.FollowUpWithinHours)
        {
            FollowUpRuleCodes = parameters.FollowUpRuleCodes,
        };
    }

    private async Task<PatientFactInput> LoadAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var homeWard = await db.Patients.Where(p => p.Id == patientId).Select(p => p.WardId).SingleAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PatientId == patientId)
            .Select(s => new { s.Id, s.WardId, s.Current.StartsAt }).ToListAsync(cancellationToken);
        // Only the columns the facts need are read; the shared rules then pick the current ratings and the latest non-response.
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.PatientId == patientId)
            .Select(r => new AllianceRating
            {
                Id = r.Id, SessionId = r.SessionId, Rater = r.Rater, SubmittedAt = r.SubmittedAt,
                SupersedesRatingId = r.SupersedesRatingId, Scores = new RatingScores { Total100 = r.Scores.Total100 },
            })
            .ToListAsync(cancellationToken);
        var current = CurrentRatings.Of(ratings)
            .GroupBy(r => (r.SessionId, r.Rater)).ToDictionary(g => g.Key, g => g.MaxBy(r => r.SubmittedAt)!);
        var nonResponses = LatestNonResponses.BySession(await db.NonResponses.AsNoTracking().Where(n => n.PatientId == patientId)
            .Select(n => new NonResponse { SessionId = n.SessionId, Reason = n.Reason, RecordedAt = n.RecordedAt })
            .ToListAsync(cancellationToken));
        var ruptures = (await db.Flags.AsNoTracking()
                .Where(f => f.PatientId == patientId && f.SessionId != null && RuptureRules.Contains(f.RuleId))
                .Select(f => new { f.SessionId, f.Severity }).ToListAsync(cancellationToken))
            .GroupBy(f => f.SessionId!.Value).ToDictionary(g => g.Key, g => g.Max(f => f.Severity));
        var wardOfSession = sessions.ToDictionary(s => s.Id, s => s.WardId);

        return new PatientFactInput
        {
            PatientId = patientId,
            HomeWardId = homeWard,
            Sessions = [.. sessions.Select(s => new SessionFact(
                s.Id,
                s.WardId,
                s.StartsAt,
                current.ContainsKey((s.Id, Rater.Patient)),
                current.GetValueOrDefault((s.Id, Rater.Patient))?.Scores.Total100,
                current.GetValueOrDefault((s.Id, Rater.Therapist))?.Scores.Total100,
                nonResponses.TryGetValue(s.Id, out var nonResponse) ? nonResponse.Reason : null,
                ruptures.TryGetValue(s.Id, out var severity) ? severity : null))],
            ClosedRuptures = await db.RuptureEpisodes.AsNoTracking()
                .Where(e => e.PatientId == patientId && e.ClosedAt != null && e.Status != RuptureStatus.Open)
                .Select(e => new RuptureClosure(e.WardId, e.ClosedAt!.Value, e.Status)).ToListAsync(cancellationToken),
            Decisions = [.. (await db.TreatmentDecisions.AsNoTracking().Where(d => d.PatientId == patientId)
                    .Select(d => new { d.SessionId, d.Current.DecidedAt, d.Current.DecidedBy, d.Current.PatientPosition })
                    .ToListAsync(cancellationToken))
                .Select(d => new DecisionFact(
                    d.SessionId is { } session && wardOfSession.TryGetValue(session, out var ward) ? ward : homeWard,
                    d.DecidedAt, d.DecidedBy, d.PatientPosition))],
            AutonomyDecisions = await AutonomyDecisionsAsync(patientId, cancellationToken),
            Goals = [.. (await db.Goals.AsNoTracking().Where(g => g.PatientId == patientId)
                    .Select(g => new { g.CreatedAt, g.Current.PatientWords, g.Current.Agreement }).ToListAsync(cancellationToken))
                .Select(g => new GoalFact(g.CreatedAt, !string.IsNullOrWhiteSpace(g.PatientWords), g.Agreement))],
        };
    }

    private async Task<List<AutonomyFact>> AutonomyDecisionsAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var decisions = await db.AutonomyDecisions.AsNoTracking().Include(d => d.FollowUps)
            .Where(d => d.PatientId == patientId).ToListAsync(cancellationToken);
        var ruleIds = decisions.Select(d => d.RuleId).Distinct().ToList();
        var rules = await db.JurisdictionRules.AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var ward in decisions.Select(d => d.WardId).Distinct())
        {
            await SettingsAsync(ward, cancellationToken);
        }

        return [.. decisions.Select(d =>
        {
            var rule = rules[d.RuleId];
            var c = d.Current;
            return new AutonomyFact(
                d.WardId,
                rule.Code,
                c.MeansCode,
                c.StartsAt,
                c.EndsAt,
                DutiesApply: !(c.PatientConsented && !rule.FormalDecisionRequiredWithConsent),
                ViewRecorded: !string.IsNullOrWhiteSpace(c.PatientView),
                ComplaintRightsTold: c.PatientInformedOfComplaintRight,
                FollowUpRequired: rule.FollowUpConversationRequired
                    || _wards[d.WardId].FollowUpRuleCodes.Contains(rule.Code, StringComparer.OrdinalIgnoreCase),
                [.. d.FollowUps.Select(f => f.OfferedAt)]);
        })];
    }
}
