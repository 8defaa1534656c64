using System.Linq.Expressions;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>Reads one patient's history into the flag engine's input: the latest version of every record, nothing else.</summary>
public sealed class PatientHistoryLoader(AllianceDbContext db)
{
    private static readonly Expression<Func<InstrumentItem, bool>> Scored =
        i => i.Subscale == Subscale.Goal || i.Subscale == Subscale.Task || i.Subscale == Subscale.Bond;

    public async Task<PatientHistory> LoadAsync(Guid patientId, string wardTimeZoneId, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PatientId == patientId)
            .Select(s => new { s.Id, s.Current.StartsAt }).ToListAsync(cancellationToken);
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync(cancellationToken);
        var current = CurrentRatings.Of(ratings);
        var scales = await InstrumentScalesAsync(current.Select(r => r.InstrumentVersionId).Distinct().ToList(), cancellationToken);
        var nonResponses = LatestNonResponses.BySession(
            await db.NonResponses.AsNoTracking().Where(n => n.PatientId == patientId).ToListAsync(cancellationToken));

        return new PatientHistory
        {
            WardTimeZoneId = wardTimeZoneId,
            Sessions = sessions.Select(s => new SessionPoint
            {
                SessionId = s.Id,
                StartsAt = s.StartsAt,
                PatientRating = Point(current, s.Id, Rater.Patient, scales),
                TherapistRating = Point(current, s.Id, Rater.Therapist, scales),
                NonResponseReason = nonResponses.TryGetValue(s.Id, out var nonResponse) ? nonResponse.Reason : null,
            }).ToList(),
            TreatmentDecisions = await TreatmentDecisionsAsync(patientId, cancellationToken),
            AutonomyDecisions = await AutonomyDecisionsAsync(patientId, cancellationToken),
        };
    }

    private async Task<List<TreatmentDecisionPoint>> TreatmentDecisionsAsync(Guid patientId, CancellationToken cancellationToken) =>
        (await db.TreatmentDecisions.AsNoTracking().Where(d => d.PatientId == patientId).ToListAsync(cancellationToken))
        .Select(d => new TreatmentDecisionPoint
        {
            DecisionId = d.Id,
            DecidedAt = d.Current.DecidedAt,
            DecidedBy = d.Current.DecidedBy,
            PatientPosition = d.Current.PatientPosition,
            HasRationale = !string.IsNullOrWhiteSpace(d.Current.Rationale),
        }).ToList();

    private async Task<List<AutonomyDecisionPoint>> AutonomyDecisionsAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var decisions = await db.AutonomyDecisions.AsNoTracking().Include(d => d.FollowUps)
            .Where(d => d.PatientId == patientId).ToListAsync(cancellationToken);
        var ruleIds = decisions.Select(d => d.RuleId).Distinct().ToList();
        var rules = await db.JurisdictionRules.AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var assessmentIds = decisions.Where(d => d.Current.CapacityAssessmentId != null).Select(d => d.Current.CapacityAssessmentId!.Value).ToList();
        var assessedAt = await db.CapacityAssessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.AssessedAt, cancellationToken);

        return decisions.Select(d =>
        {
            var rule = rules[d.RuleId];
            var c = d.Current;
            return new AutonomyDecisionPoint
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
            };
        }).ToList();
    }

    /// <summary>The scales of the instrument versions rated with, summed by the database: no pack text is read.</summary>
    private async Task<Dictionary<Guid, InstrumentScale>> InstrumentScalesAsync(List<Guid> versionIds, CancellationToken cancellationToken) =>
        await db.InstrumentVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                Scale = new InstrumentScale(
                    v.Items.AsQueryable().Where(Scored).Sum(i => i.ScaleMin),
                    v.Items.AsQueryable().Where(Scored).Sum(i => i.ScaleMax),
                    v.Reliability,
                    v.NormativeSd),
            })
            .ToDictionaryAsync(v => v.Id, v => v.Scale, cancellationToken);

    private static RatingPoint? Point(List<AllianceRating> ratings, Guid sessionId, Rater rater, Dictionary<Guid, InstrumentScale> scales)
    {
        var rating = ratings.Where(r => r.SessionId == sessionId && r.Rater == rater).MaxBy(r => r.SubmittedAt);
        if (rating?.Scores.TotalRaw is not { } total)
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

    /// <summary>The range of an instrument version's total raw score (the sum over its goal, task and bond items), and its reliability and SD.</summary>
    private sealed record InstrumentScale(double Min, double Max, double Reliability, double NormativeSd);
}
