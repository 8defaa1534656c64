using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Ratings;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

/// <summary>Properties checked over many generated histories; each seed gives the same histories on every run.</summary>
public class FlagEnginePropertyTests
{
    private const int Histories = 300;
    private static readonly DateTimeOffset Now = FirstSession.AddDays(60);

    [Test]
    public void Raising_a_score_never_creates_or_worsens_a_drop_at_or_before_that_session()
    {
        var random = new Random(20260329);
        for (var run = 0; run < Histories; run++)
        {
            var history = GenerateHistory(random);
            var rated = history.Sessions.Where(session => session.PatientRating is not null).ToList();
            if (rated.Count == 0)
            {
                continue;
            }

            var raised = rated[random.Next(rated.Count)];
            var rating = raised.PatientRating!;
            var higher = raised with { PatientRating = rating with { TotalRaw = rating.TotalRaw + 1 + random.Next(10) } };
            var raisedHistory = history with { Sessions = history.Sessions.Select(session => session == raised ? higher : session).ToList() };

            var before = DropsUpTo(history, raised);
            var after = DropsUpTo(raisedHistory, raised);

            Assert.That(after.Keys, Is.SubsetOf(before.Keys), $"history {run}");
            Assert.That(after.Where(pair => pair.Value > before[pair.Key]), Is.Empty, $"history {run}");
        }
    }

    [Test]
    public void Input_order_never_changes_the_result()
    {
        var random = new Random(20261025);
        for (var run = 0; run < Histories; run++)
        {
            var history = GenerateHistory(random);
            var shuffled = history with
            {
                Sessions = Shuffle(history.Sessions, random),
                TreatmentDecisions = Shuffle(history.TreatmentDecisions, random),
                AutonomyDecisions = Shuffle(history.AutonomyDecisions, random)
                    .Select(decision => decision with { FollowUpsOfferedAt = Shuffle(decision.FollowUpsOfferedAt, random) })
                    .ToList(),
            };

            Assert.That(FlagEngine.Evaluate(shuffled, RuleParameters.Default, Now), Is.EqualTo(FlagEngine.Evaluate(history, RuleParameters.Default, Now)), $"history {run}");
        }
    }

    [Test]
    public void Evaluating_twice_gives_equal_results_with_unique_keys()
    {
        var random = new Random(4208);
        for (var run = 0; run < Histories; run++)
        {
            var history = GenerateHistory(random);

            var first = FlagEngine.Evaluate(history, RuleParameters.Default, Now);
            var second = FlagEngine.Evaluate(history, RuleParameters.Default, Now);

            Assert.That(second, Is.EqualTo(first), $"history {run}");
            Assert.That(first.Findings.Select(finding => finding.FindingKey), Is.Unique, $"history {run}");
            Assert.That(first.RuptureEpisodes.Select(episode => episode.EpisodeKey), Is.Unique, $"history {run}");
        }
    }

    private static Dictionary<string, FlagSeverity> DropsUpTo(PatientHistory history, SessionPoint last)
    {
        var sessionsUpTo = history.Sessions
            .Where(session => (session.StartsAt, session.SessionId).CompareTo((last.StartsAt, last.SessionId)) <= 0)
            .Select(session => (Guid?)session.SessionId)
            .ToHashSet();
        return FlagEngine.Evaluate(history, RuleParameters.Default, Now).Findings
            .Where(finding => finding.RuleId is RuleIds.DropFromBaseline or RuleIds.ReliableDrop && sessionsUpTo.Contains(finding.SessionId))
            .ToDictionary(finding => finding.FindingKey, finding => finding.Severity);
    }

    private static List<T> Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var shuffled = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        return shuffled;
    }

    private static PatientHistory GenerateHistory(Random random)
    {
        var sessionCount = random.Next(0, 14);
        var sessions = new List<SessionPoint>();
        var start = FirstSession;
        for (var index = 0; index < sessionCount; index++)
        {
            // Some sessions share a start time, to exercise the tie-break.
            start = start.AddHours(random.Next(4) == 0 ? 0 : random.Next(6, 96));
            var patient = random.Next(10) < 7 ? GenerateRating(random) : null;
            sessions.Add(new SessionPoint
            {
                SessionId = NextId(random),
                StartsAt = start,
                PatientRating = patient,
                TherapistRating = random.Next(10) < 6 ? GenerateRating(random) : null,
                NonResponseReason = patient is null && random.Next(2) == 0 ? Pick<NonResponseReason>(random) : null,
            });
        }

        return new PatientHistory
        {
            WardTimeZoneId = Oslo,
            Sessions = sessions,
            WardSdByInstrumentVersion = random.Next(2) == 0 ? new Dictionary<Guid, double> { [Form] = 2 + random.Next(3) } : new Dictionary<Guid, double>(),
            TreatmentDecisions = Enumerable.Range(0, random.Next(4)).Select(_ => GenerateTreatmentDecision(random)).ToList(),
            AutonomyDecisions = Enumerable.Range(0, random.Next(4)).Select(_ => GenerateAutonomyDecision(random)).ToList(),
        };
    }

    private static RatingPoint GenerateRating(Random random) =>
        Rating(6 + random.Next(25), normativeSd: random.Next(3) == 0 ? 0 : 3 + random.Next(3), form: random.Next(8) == 0 ? OtherForm : Form) with
        {
            Rupture = Pick<RuptureAnswer>(random),
            RuptureTalkedThrough = random.Next(3) switch { 0 => null, 1 => true, _ => false },
            MainDecisionAgreement = random.Next(5) == 0 ? null : Pick<AgreementPosition>(random),
        };

    private static TreatmentDecisionPoint GenerateTreatmentDecision(Random random) => new()
    {
        DecisionId = NextId(random),
        DecidedAt = FirstSession.AddHours(random.Next(1000)),
        DecidedBy = Pick<DecisionMaker>(random),
        PatientPosition = Pick<AgreementPosition>(random),
        HasRationale = random.Next(2) == 0,
    };

    private static AutonomyDecisionPoint GenerateAutonomyDecision(Random random)
    {
        var startsAt = FirstSession.AddHours(random.Next(1200));
        return new AutonomyDecisionPoint
        {
            DecisionId = NextId(random),
            RuleCode = new[] { "NO-3-2", "NO-3-3", "NO-4-3", "NO-4-4", "NO-4-8" }[random.Next(5)],
            FollowUpConversationRequired = random.Next(2) == 0,
            RequiresCapacityAssessment = random.Next(2) == 0,
            FormalDecisionRequiredWithConsent = random.Next(2) == 0,
            StartsAt = startsAt,
            EndsAt = random.Next(4) == 0 ? null : startsAt.AddHours(random.Next(1, 200)),
            PatientViewRecorded = random.Next(2) == 0,
            PatientViewNotRecordedReasonGiven = random.Next(2) == 0,
            PatientInformedOfComplaintRight = random.Next(2) == 0,
            PatientConsented = random.Next(3) == 0,
            CapacityAssessedAt = random.Next(3) == 0 ? null : startsAt.AddDays(-random.Next(-2, 30)),
            FollowUpsOfferedAt = Enumerable.Range(0, random.Next(3)).Select(_ => startsAt.AddHours(random.Next(300))).ToList(),
            FormalDecisionMade = random.Next(2) == 0,
        };
    }

    private static Guid NextId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
