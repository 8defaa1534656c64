using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Dashboard;

/// <summary>
/// Turns one patient's records into daily facts: each event counts on the local day (ward time) it happened,
/// counts of the same day and key are added up, samples for medians stay one row each.
/// </summary>
public static class PatientFactBuilder
{
    public static IReadOnlyList<DailyPatientFact> Build(PatientFactInput input, Func<Guid, WardFactSettings> wards)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(wards);
        var sink = new FactSink(input.PatientId, wards);

        foreach (var session in input.Sessions)
        {
            AddSession(sink, session);
        }

        foreach (var closure in input.ClosedRuptures)
        {
            sink.Count(closure.WardId, closure.ClosedAt, FactKeys.RuptureClosed);
            sink.CountIf(closure.Status == RuptureStatus.Repaired, closure.WardId, closure.ClosedAt, FactKeys.RuptureRepaired);
        }

        foreach (var decision in input.Decisions)
        {
            sink.Count(decision.WardId, decision.DecidedAt, FactKeys.Decisions);
            sink.CountIf(decision.PatientPosition == AgreementPosition.AcceptsButDoesNotAgree, decision.WardId, decision.DecidedAt, FactKeys.Acquiescent);
            sink.CountIf(decision.DecidedBy == DecisionMaker.ClinicianOverPatientObjection, decision.WardId, decision.DecidedAt, FactKeys.OverObjection);
        }

        foreach (var measure in input.AutonomyDecisions)
        {
            AddAutonomyDecision(sink, measure);
        }

        foreach (var goal in input.Goals)
        {
            sink.Count(input.HomeWardId, goal.CreatedAt, FactKeys.Goals);
            sink.CountIf(goal.InPatientsOwnWords, input.HomeWardId, goal.CreatedAt, FactKeys.GoalsOwnWords);
            sink.CountIf(goal.Agreement == GoalAgreement.Agreed, input.HomeWardId, goal.CreatedAt, FactKeys.GoalsAgreed);
        }

        return sink.ToFacts();
    }

    private static void AddSession(FactSink sink, SessionFact session)
    {
        var (ward, at) = (session.WardId, session.StartsAt);
        sink.Count(ward, at, FactKeys.Sessions);
        sink.Count(ward, at, CompletionKey(session));

        if (session.RuptureSeverity is { } severity)
        {
            sink.Count(ward, at, severity >= FlagSeverity.High ? FactKeys.RuptureProbable : FactKeys.RupturePossible);
        }

        if (session is { PatientTotal100: { } patient, TherapistTotal100: { } therapist })
        {
            sink.Count(ward, at, FactKeys.RaterPairs);
            var gap = therapist - patient;
            if (gap > sink.Settings(ward).RaterGapPoints)
            {
                sink.Count(ward, at, FactKeys.RaterGap);
                sink.Sample(ward, at, FactKeys.RaterGapSize, gap);
            }
        }
    }

    private static string CompletionKey(SessionFact session) => session switch
    {
        { PatientRated: true } => FactKeys.Rated,
        { NonResponse: NonResponseReason.Declined } => FactKeys.Declined,
        { NonResponse: NonResponseReason.TooUnwell } => FactKeys.TooUnwell,
        { NonResponse: NonResponseReason.NotOffered } => FactKeys.NotOffered,
        { NonResponse: NonResponseReason.Interrupted } => FactKeys.Interrupted,
        _ => FactKeys.NoRecord,
    };

    private static void AddAutonomyDecision(FactSink sink, AutonomyFact measure)
    {
        var (ward, at) = (measure.WardId, measure.StartsAt);
        sink.Count(ward, at, FactKeys.Autonomy(measure.RuleCode, measure.MeansCode));
        if (!measure.DutiesApply)
        {
            return;
        }

        sink.Count(ward, at, FactKeys.AutonomyDutiesApply);
        sink.CountIf(measure.ViewRecorded, ward, at, FactKeys.ViewRecorded);
        sink.CountIf(measure.ComplaintRightsTold, ward, at, FactKeys.ComplaintRightsTold);
        if (!measure.FollowUpRequired || measure.EndsAt is not { } ended)
        {
            return;
        }

        sink.Count(ward, at, FactKeys.FollowUpDue);
        var first = measure.FollowUpsOfferedAt.Where(o => o >= measure.StartsAt).Order().Cast<DateTimeOffset?>().FirstOrDefault();
        if (first is { } offered)
        {
            var hours = Math.Max(0, (offered - ended).TotalHours);
            sink.CountIf(hours <= sink.Settings(ward).FollowUpWithinHours, ward, at, FactKeys.FollowUpInTime);
            sink.Sample(ward, at, FactKeys.FollowUpHours, hours);
        }
    }

    private sealed class FactSink(Guid patientId, Func<Guid, WardFactSettings> wards)
    {
        private readonly Dictionary<Guid, WardFactSettings> _settings = [];
        private readonly Dictionary<(Guid Ward, DateOnly Day, string Key), int> _counts = [];
        private readonly List<DailyPatientFact> _samples = [];

        public WardFactSettings Settings(Guid ward)
        {
            if (!_settings.TryGetValue(ward, out var settings))
            {
                _settings[ward] = settings = wards(ward);
            }

            return settings;
        }

        public void Count(Guid ward, DateTimeOffset at, string key)
        {
            var slot = (ward, WardClock.LocalDay(at, Settings(ward).TimeZone), key);
            _counts[slot] = _counts.GetValueOrDefault(slot) + 1;
        }

        public void CountIf(bool condition, Guid ward, DateTimeOffset at, string key)
        {
            if (condition)
            {
                Count(ward, at, key);
            }
        }

        public void Sample(Guid ward, DateTimeOffset at, string key, double value) =>
            _samples.Add(new DailyPatientFact
            {
                WardId = ward, Day = WardClock.LocalDay(at, Settings(ward).TimeZone), PatientId = patientId, Key = key, Count = 1, Value = value,
            });

        public List<DailyPatientFact> ToFacts() =>
        [
            .. _counts.Select(c => new DailyPatientFact { WardId = c.Key.Ward, Day = c.Key.Day, PatientId = patientId, Key = c.Key.Key, Count = c.Value }),
            .. _samples,
        ];
    }
}
