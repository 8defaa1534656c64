using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Ratings;
using static AllianceTracker.Core.Tests.Dashboard.Wards;

namespace AllianceTracker.Core.Tests.Dashboard;

public class PatientFactBuilderTests
{
    private static IReadOnlyList<DailyPatientFact> Build(PatientFactInput input) => PatientFactBuilder.Build(input, _ => Settings);

    private static PatientFactInput Input() => new() { PatientId = Patient(1), HomeWardId = WardId };

    private static SessionFact Session(DateTimeOffset at, bool rated = true, double? patient = null, double? therapist = null,
        NonResponseReason? reason = null, FlagSeverity? rupture = null) =>
        new(Guid.NewGuid(), WardId, at, rated, patient, therapist, reason, rupture);

    private static Dictionary<(DateOnly, string), int> Counts(IEnumerable<DailyPatientFact> facts) =>
        facts.Where(f => f.Value is null).ToDictionary(f => (f.Day, f.Key), f => f.Count);

    [Test]
    public void A_session_counts_on_its_local_day_not_its_utc_day()
    {
        // 23:30 in Oslo on 31 January is 22:30 UTC; 00:30 on 1 February is still 31 January in UTC.
        var facts = Build(Input() with
        {
            Sessions = [Session(Local(2026, 1, 31, 23, 30)), Session(Local(2026, 2, 1, 0, 30), rated: false, reason: NonResponseReason.TooUnwell)],
        });

        Assert.That(Counts(facts), Is.EquivalentTo(new Dictionary<(DateOnly, string), int>
        {
            [(new DateOnly(2026, 1, 31), FactKeys.Sessions)] = 1,
            [(new DateOnly(2026, 1, 31), FactKeys.Rated)] = 1,
            [(new DateOnly(2026, 2, 1), FactKeys.Sessions)] = 1,
            [(new DateOnly(2026, 2, 1), FactKeys.TooUnwell)] = 1,
        }));
    }

    [Test]
    public void Counts_of_a_day_add_up_and_every_session_has_one_completion_category()
    {
        var day = Local(2026, 3, 2);
        var facts = Build(Input() with
        {
            Sessions =
            [
                Session(day), Session(day.AddHours(1), rated: false),
                Session(day.AddHours(2), rated: false, reason: NonResponseReason.Declined),
                Session(day.AddHours(3), rated: false, reason: NonResponseReason.NotOffered),
                Session(day.AddHours(4), rated: false, reason: NonResponseReason.Interrupted),
            ],
        });
        var counts = Counts(facts);
        var d = new DateOnly(2026, 3, 2);

        Assert.Multiple(() =>
        {
            Assert.That(counts[(d, FactKeys.Sessions)], Is.EqualTo(5));
            Assert.That(counts[(d, FactKeys.Rated)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.NoRecord)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.Declined)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.NotOffered)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.Interrupted)], Is.EqualTo(1));
        });
    }

    [Test]
    public void Rupture_severity_makes_a_session_possible_or_probable_and_the_rater_gap_needs_more_than_the_threshold()
    {
        var day = Local(2026, 3, 2);
        var facts = Build(Input() with
        {
            Sessions =
            [
                Session(day, patient: 40, therapist: 70, rupture: FlagSeverity.High),
                Session(day.AddHours(1), patient: 40, therapist: 65, rupture: FlagSeverity.Medium),
                Session(day.AddHours(2), patient: 80, therapist: 50),
            ],
        });
        var counts = Counts(facts);
        var d = new DateOnly(2026, 3, 2);

        Assert.Multiple(() =>
        {
            Assert.That(counts[(d, FactKeys.RuptureProbable)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.RupturePossible)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.RaterPairs)], Is.EqualTo(3));
            Assert.That(counts[(d, FactKeys.RaterGap)], Is.EqualTo(1), "a gap of exactly 25 is not more than 25");
            Assert.That(facts.Where(f => f.Key == FactKeys.RaterGapSize).Select(f => f.Value), Is.EqualTo(new double?[] { 30 }));
        });
    }

    [Test]
    public void Decisions_and_closed_ruptures_are_counted_by_kind()
    {
        var at = Local(2026, 3, 2);
        var facts = Build(Input() with
        {
            Decisions =
            [
                new DecisionFact(WardId, at, DecisionMaker.Jointly, AgreementPosition.Agrees),
                new DecisionFact(WardId, at, DecisionMaker.ClinicianWithPatientAgreement, AgreementPosition.AcceptsButDoesNotAgree),
                new DecisionFact(WardId, at, DecisionMaker.ClinicianOverPatientObjection, AgreementPosition.Disagrees),
            ],
            ClosedRuptures = [new RuptureClosure(WardId, at, RuptureStatus.Repaired), new RuptureClosure(WardId, at, RuptureStatus.Unrepaired)],
        });
        var counts = Counts(facts);
        var d = new DateOnly(2026, 3, 2);

        Assert.Multiple(() =>
        {
            Assert.That(counts[(d, FactKeys.Decisions)], Is.EqualTo(3));
            Assert.That(counts[(d, FactKeys.Acquiescent)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.OverObjection)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.RuptureClosed)], Is.EqualTo(2));
            Assert.That(counts[(d, FactKeys.RuptureRepaired)], Is.EqualTo(1));
        });
    }

    [Test]
    public void An_autonomy_limiting_decision_counts_by_section_and_measure_with_its_duties_and_follow_up()
    {
        var starts = Local(2026, 3, 2, 10);
        var ends = starts.AddHours(3);
        AutonomyFact Restraint(params DateTimeOffset[] offers) =>
            new(WardId, "NO-4-8", "a", starts, ends, true, true, false, true, offers);
        var facts = Build(Input() with
        {
            AutonomyDecisions =
            [
                Restraint(ends.AddHours(47)),
                Restraint(ends.AddHours(60), ends.AddHours(50)),
                Restraint(),
                new AutonomyFact(WardId, "NO-4-4", null, starts, null, DutiesApply: false, false, false, false, []),
            ],
        });
        var counts = Counts(facts);
        var d = new DateOnly(2026, 3, 2);

        Assert.Multiple(() =>
        {
            Assert.That(counts[(d, "autonomy:NO-4-8:a")], Is.EqualTo(3));
            Assert.That(counts[(d, "autonomy:NO-4-4:-")], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.AutonomyDutiesApply)], Is.EqualTo(3), "consent without a formal decision has no duties");
            Assert.That(counts[(d, FactKeys.ViewRecorded)], Is.EqualTo(3));
            Assert.That(counts.ContainsKey((d, FactKeys.ComplaintRightsTold)), Is.False);
            Assert.That(counts[(d, FactKeys.FollowUpDue)], Is.EqualTo(3));
            Assert.That(counts[(d, FactKeys.FollowUpInTime)], Is.EqualTo(1));
            Assert.That(facts.Where(f => f.Key == FactKeys.FollowUpHours).Select(f => f.Value), Is.EquivalentTo(new double?[] { 47, 50 }));
        });
    }

    [Test]
    public void Goals_count_on_the_home_ward_by_words_and_agreement()
    {
        var at = Local(2026, 3, 2);
        var facts = Build(Input() with
        {
            Goals = [new GoalFact(at, true, GoalAgreement.Agreed), new GoalFact(at, false, GoalAgreement.AcceptsButDoesNotAgree)],
        });
        var counts = Counts(facts);
        var d = new DateOnly(2026, 3, 2);

        Assert.Multiple(() =>
        {
            Assert.That(counts[(d, FactKeys.Goals)], Is.EqualTo(2));
            Assert.That(counts[(d, FactKeys.GoalsOwnWords)], Is.EqualTo(1));
            Assert.That(counts[(d, FactKeys.GoalsAgreed)], Is.EqualTo(1));
            Assert.That(facts.Select(f => f.WardId).Distinct(), Is.EqualTo(new[] { WardId }));
        });
    }
}
