using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data;
using AllianceTracker.Reports.Summaries;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Summaries;

/// <summary>
/// One patient's records within [start, end), each read as its current version and mapped to the summary's shape.
/// Ties are broken by id, so the same records always give the same lists and the same content hash.
/// </summary>
internal sealed class SummaryRecordReader(AllianceDbContext db, Guid patientId, WardTime time, DateTimeOffset start, DateTimeOffset end)
{
    private bool Overlaps(DateTimeOffset from, DateTimeOffset? to) => from < end && (to is null || to >= start);

    /// <summary>Sessions in date order with each rater's current rating, and the instrument versions those ratings used.</summary>
    public async Task<(List<SummarySession> Sessions, HashSet<Guid> InstrumentVersionIds)> SessionsAsync(CancellationToken cancellationToken)
    {
        var sessions = (await db.Sessions.AsNoTracking()
                .Where(s => s.PatientId == patientId && s.Current.StartsAt >= start && s.Current.StartsAt < end)
                .Select(s => new { s.Id, s.Current.StartsAt, s.Current.Kind })
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToList();
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var ratings = await db.Ratings.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.PatientId == patientId && sessionIds.Contains(r.SessionId))
            .ToListAsync(cancellationToken);
        var current = CurrentRatings.Of(ratings)
            .GroupBy(r => (r.SessionId, r.Rater))
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.SubmittedAt)!);
        var instruments = await InstrumentNamesAsync(current.Values.Select(r => r.InstrumentVersionId).ToHashSet(), cancellationToken);
        var nonResponses = LatestNonResponses.BySession(await db.NonResponses.AsNoTracking()
                .Where(n => n.PatientId == patientId && sessionIds.Contains(n.SessionId))
                .ToListAsync(cancellationToken))
            .ToDictionary(n => n.Key, n => n.Value.Reason);

        var summarySessions = sessions.Select(s =>
        {
            var patient = current.GetValueOrDefault((s.Id, Rater.Patient));
            return new SummarySession(time.Day(s.StartsAt), s.Kind)
            {
                Patient = patient is null ? null : Rating(patient, instruments),
                Therapist = current.GetValueOrDefault((s.Id, Rater.Therapist)) is { } therapist ? Rating(therapist, instruments) : null,
                PatientNonResponse = patient is null && nonResponses.TryGetValue(s.Id, out var reason) ? reason : null,
            };
        }).ToList();
        return (summarySessions, current.Values.Select(r => r.InstrumentVersionId).ToHashSet());
    }

    public async Task<List<SummaryGoal>> GoalsAsync(CancellationToken cancellationToken) =>
        (await db.Goals.AsNoTracking().Where(g => g.PatientId == patientId && g.CreatedAt < end).ToListAsync(cancellationToken))
        .OrderBy(g => g.CreatedAt).ThenBy(g => g.Id)
        .Select(g => new SummaryGoal(g.Current.PatientWords, g.Current.TherapistFormulation, g.Current.ProposedBy, g.Current.Agreement, g.Current.Status))
        .ToList();

    public async Task<List<SummaryTreatmentDecision>> TreatmentDecisionsAsync(CancellationToken cancellationToken) =>
        (await db.TreatmentDecisions.AsNoTracking()
            .Where(d => d.PatientId == patientId && d.Current.DecidedAt >= start && d.Current.DecidedAt < end)
            .ToListAsync(cancellationToken))
        .OrderBy(d => d.Current.DecidedAt).ThenBy(d => d.Id)
        .Select(d => new SummaryTreatmentDecision(d.Current.Topic, time.Local(d.Current.DecidedAt), d.Current.DecidedBy, d.Current.PatientPosition, d.Current.Stage)
        {
            PatientPreference = d.Current.PatientPreference,
            Outcome = d.Current.Outcome,
            Rationale = d.Current.Rationale,
        })
        .ToList();

    public async Task<List<SummaryAutonomyDecision>> AutonomyDecisionsAsync(CancellationToken cancellationToken)
    {
        var decisions = (await db.AutonomyDecisions.AsNoTracking().Include(d => d.FollowUps)
                .Where(d => d.PatientId == patientId && d.Current.StartsAt < end)
                .ToListAsync(cancellationToken))
            .Where(d => Overlaps(d.Current.StartsAt, d.Current.EndsAt))
            .OrderBy(d => d.Current.StartsAt).ThenBy(d => d.Id)
            .ToList();
        var ruleIds = decisions.Select(d => d.RuleId).Distinct().ToList();
        var rules = await db.JurisdictionRules.AsNoTracking().Include(r => r.Means)
            .Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

        return decisions.Select(d =>
        {
            var rule = rules[d.RuleId];
            var means = rule.Means.FirstOrDefault(m => m.Code == d.Current.MeansCode);
            var followUp = d.FollowUps.MaxBy(f => f.RecordedAt);
            return new SummaryAutonomyDecision
            {
                Id = d.Id,
                RuleCode = rule.Code,
                Section = rule.Section,
                Act = rule.Act,
                RuleNameEn = rule.NameEn,
                RuleNameNb = rule.NameNb,
                Category = rule.Category,
                MeansCode = d.Current.MeansCode,
                MeansNameEn = means?.NameEn,
                MeansNameNb = means?.NameNb,
                StartsAt = time.Local(d.Current.StartsAt),
                EndsAt = d.Current.EndsAt is { } ends ? time.Local(ends) : null,
                PatientView = d.Current.PatientView,
                PatientViewNotRecordedReason = d.Current.PatientViewNotRecordedReason,
                ComplaintBodyEn = rule.ComplaintBodyEn,
                ComplaintBodyNb = rule.ComplaintBodyNb,
                PatientInformedOfComplaintRight = d.Current.PatientInformedOfComplaintRight,
                FollowUpOfferedAt = followUp is null ? null : time.Local(followUp.OfferedAt),
                FollowUpHeldAt = followUp?.HeldAt is { } held ? time.Local(held) : null,
            };
        }).ToList();
    }

    public async Task<List<SummaryRetainedAutonomy>> RetainedAutonomyAsync(CancellationToken cancellationToken) =>
        (await db.RetainedAutonomy.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync(cancellationToken))
        .Where(r => Overlaps(r.Current.From, r.Current.To))
        .OrderBy(r => r.Current.From).ThenBy(r => r.Id)
        .Select(r => new SummaryRetainedAutonomy(r.Current.Domain, r.Current.Description, time.Day(r.Current.From), r.Current.To is { } to ? time.Day(to) : null))
        .ToList();

    public async Task<List<SummaryFlag>> FlagsAsync(CancellationToken cancellationToken) =>
        (await db.Flags.AsNoTracking().Where(f => f.PatientId == patientId && f.RaisedAt >= start && f.RaisedAt < end).ToListAsync(cancellationToken))
        .OrderBy(f => f.RaisedAt).ThenBy(f => f.Id)
        .Select(f => new SummaryFlag(f.RuleId, f.Severity, f.Status, time.Day(f.RaisedAt), f.ExplanationEn, f.ExplanationNb))
        .ToList();

    public async Task<List<SummaryRuptureEpisode>> RuptureEpisodesAsync(CancellationToken cancellationToken) =>
        (await db.RuptureEpisodes.AsNoTracking().Where(r => r.PatientId == patientId && r.OpenedAt >= start && r.OpenedAt < end).ToListAsync(cancellationToken))
        .OrderBy(r => r.OpenedAt).ThenBy(r => r.Id)
        .Select(r => new SummaryRuptureEpisode(r.Rater, time.Day(r.OpenedAt), r.OpenedByRuleId, r.Status, r.ClosedAt is { } closed ? time.Day(closed) : null))
        .ToList();

    private async Task<Dictionary<Guid, (string Code, string Version)>> InstrumentNamesAsync(HashSet<Guid> versionIds, CancellationToken cancellationToken) =>
        await db.InstrumentVersions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id))
            .Join(db.Instruments, v => v.InstrumentId, i => i.Id, (v, i) => new { v.Id, i.Code, v.Version })
            .ToDictionaryAsync(x => x.Id, x => (x.Code, x.Version), cancellationToken);

    private static SummaryRating Rating(AllianceRating rating, Dictionary<Guid, (string Code, string Version)> instruments) => new()
    {
        Id = rating.Id,
        InstrumentCode = instruments[rating.InstrumentVersionId].Code,
        InstrumentVersion = instruments[rating.InstrumentVersionId].Version,
        Total = rating.Scores.Total100,
        Goal = rating.Scores.Goal100,
        Task = rating.Scores.Task100,
        Bond = rating.Scores.Bond100,
        Rupture = rating.RuptureReported,
        MainDecisionAgreement = rating.MainDecisionAgreement,
        Disclosure = rating.Disclosure,
        PatientWants = rating.PatientWants,
        WhatWeCanAgreeOn = rating.WhatWeCanAgreeOn,
        Answers = [.. rating.Answers.OrderBy(a => a.ItemKey, StringComparer.Ordinal).Select(a => new SummaryAnswer(a.ItemKey, a.Value, a.Text))],
    };
}
