using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>A patient whose history to read: the time zone of their ward, and which kinds of record they have at all.</summary>
public sealed record PatientToRead(string WardTimeZoneId, PatientRecordKinds Has);

/// <summary>
/// Reads patients' histories into the flag engine's input: the latest version of every record, nothing else.
/// Many patients are read with one query per kind of record, so the nightly run costs a few queries per batch, not per patient;
/// a kind none of them has is not queried.
/// </summary>
public sealed class PatientHistoryLoader(AllianceDbContext db, InstrumentScaleCache scaleCache)
{
    public async Task<Dictionary<Guid, PatientHistory>> LoadAsync(
        IReadOnlyDictionary<Guid, PatientToRead> patients, CancellationToken cancellationToken)
    {
        var ids = patients.Keys.ToList();
        var kinds = patients.Select(p => KeyValuePair.Create(p.Key, p.Value.Has)).ToList();
        var sessions = (await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.PatientId))
            .Select(s => new { s.Id, s.PatientId, s.Current.StartsAt }).ToListAsync(cancellationToken)).ToLookup(s => s.PatientId);
        // only what the rules read: not the patient's own words
        var ratings = CurrentRatings.Of(await db.Ratings.AsNoTracking().Where(r => ids.Contains(r.PatientId))
            .Select(r => new AllianceRating
            {
                Id = r.Id,
                SupersedesRatingId = r.SupersedesRatingId,
                SessionId = r.SessionId,
                Rater = r.Rater,
                InstrumentVersionId = r.InstrumentVersionId,
                SubmittedAt = r.SubmittedAt,
                Scores = r.Scores,
                RuptureReported = r.RuptureReported,
                RuptureTalkedThrough = r.RuptureTalkedThrough,
                MainDecisionAgreement = r.MainDecisionAgreement,
            }).ToListAsync(cancellationToken));
        var scales = await scaleCache.ForAsync(db, ratings.Select(r => r.InstrumentVersionId).Distinct().ToList(), cancellationToken);
        var latestRatings = ratings.GroupBy(r => (r.SessionId, r.Rater)).ToDictionary(g => g.Key, g => g.MaxBy(r => r.SubmittedAt)!);
        // nor the staff's notes on why a session went unrated
        var nonResponses = LatestNonResponses.BySession(await PatientRecordKinds.ReadForThoseWithAsync(kinds, has => has.NonResponses,
            some => db.NonResponses.AsNoTracking().Where(n => some.Contains(n.PatientId))
                .Select(n => new NonResponse { SessionId = n.SessionId, Reason = n.Reason, RecordedAt = n.RecordedAt }).ToListAsync(cancellationToken)));
        var treatmentDecisions = (await PatientRecordKinds.ReadForThoseWithAsync(kinds, has => has.TreatmentDecisions,
            some => TreatmentDecisionsAsync(some, cancellationToken))).ToLookup(d => d.PatientId, d => d.Point);
        var autonomyDecisions = (await PatientRecordKinds.ReadForThoseWithAsync(kinds, has => has.AutonomyDecisions,
            some => AutonomyDecisionsAsync(some, cancellationToken))).ToLookup(d => d.PatientId, d => d.Point);

        return patients.ToDictionary(patient => patient.Key, patient => new PatientHistory
        {
            WardTimeZoneId = patient.Value.WardTimeZoneId,
            Sessions = sessions[patient.Key].Select(s => new SessionPoint
            {
                SessionId = s.Id,
                StartsAt = s.StartsAt,
                PatientRating = Point(latestRatings, s.Id, Rater.Patient, scales),
                TherapistRating = Point(latestRatings, s.Id, Rater.Therapist, scales),
                NonResponseReason = nonResponses.TryGetValue(s.Id, out var nonResponse) ? nonResponse.Reason : null,
            }).ToList(),
            TreatmentDecisions = treatmentDecisions[patient.Key].ToList(),
            AutonomyDecisions = autonomyDecisions[patient.Key].ToList(),
        });
    }

    private async Task<List<(Guid PatientId, TreatmentDecisionPoint Point)>> TreatmentDecisionsAsync(
        List<Guid> patientIds, CancellationToken cancellationToken) =>
        (await db.TreatmentDecisions.AsNoTracking().Where(d => patientIds.Contains(d.PatientId)).ToListAsync(cancellationToken))
        .Select(d => (d.PatientId, new TreatmentDecisionPoint
        {
            DecisionId = d.Id,
            DecidedAt = d.Current.DecidedAt,
            DecidedBy = d.Current.DecidedBy,
            PatientPosition = d.Current.PatientPosition,
            HasRationale = !string.IsNullOrWhiteSpace(d.Current.Rationale),
        })).ToList();

    private async Task<List<(Guid PatientId, AutonomyDecisionPoint Point)>> AutonomyDecisionsAsync(
        List<Guid> patientIds, CancellationToken cancellationToken)
    {
        var decisions = await db.AutonomyDecisions.AsNoTracking().Include(d => d.FollowUps)
            .Where(d => patientIds.Contains(d.PatientId)).ToListAsync(cancellationToken);
        var ruleIds = decisions.Select(d => d.RuleId).Distinct().ToList();
        var rules = ruleIds.Count == 0 ? [] : await db.JurisdictionRules.AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var assessmentIds = decisions.Where(d => d.Current.CapacityAssessmentId != null).Select(d => d.Current.CapacityAssessmentId!.Value).ToList();
        var assessedAt = assessmentIds.Count == 0 ? [] : await db.CapacityAssessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.AssessedAt, cancellationToken);

        return decisions.Select(d =>
        {
            var rule = rules[d.RuleId];
            var c = d.Current;
            return (d.PatientId, new AutonomyDecisionPoint
            {
                DecisionId = d.Id,
                RuleCode = rule.Code,
                FollowUpConversationRequired = rule.FollowUpConversationRequired,
                RequiresCapacityAssessment = rule.RequiresCapacityAssessment,
                FormalDecisionRequiredWithConsent = rule.FormalDecisionRequiredWithConsent,
                StartsAt = c.StartsAt,
                EndsAt = c.EndsAt,
                PatientViewRecorded = !string.IsNullOrWhiteSpace(c.PatientView),
                PatientViewNotRecordedReasonGiven = !string.IsNullOrWhiteSpace(c.PatientViewNotRecordedReason),
                PatientInformedOfComplaintRight = c.PatientInformedOfComplaintRight,
                PatientConsented = c.PatientConsented,
                FormalDecisionMade = c.FormalDecisionMade,
                CapacityAssessedAt = c.CapacityAssessmentId is { } id && assessedAt.TryGetValue(id, out var at) ? at : null,
                FollowUpsOfferedAt = d.FollowUps.Select(f => f.OfferedAt).ToList(),
            });
        }).ToList();
    }

    private static RatingPoint? Point(
        Dictionary<(Guid, Rater), AllianceRating> latestRatings, Guid sessionId, Rater rater, IReadOnlyDictionary<Guid, InstrumentScale> scales)
    {
        if (!latestRatings.TryGetValue((sessionId, rater), out var rating) || rating.Scores.TotalRaw is not { } total)
        {
            return null;
        }

        var scale = scales[rating.InstrumentVersionId];
        return new RatingPoint
        {
            InstrumentVersionId = rating.InstrumentVersionId,
            ScaleMin = scale.Min,
            ScaleMax = scale.Max,
            TotalRaw = total,
            GoalRaw = rating.Scores.GoalRaw,
            TaskRaw = rating.Scores.TaskRaw,
            BondRaw = rating.Scores.BondRaw,
            Rupture = rating.RuptureReported,
            RuptureTalkedThrough = rating.RuptureTalkedThrough,
            MainDecisionAgreement = rating.MainDecisionAgreement,
            Reliability = scale.Reliability,
            NormativeSd = scale.NormativeSd,
        };
    }
}
