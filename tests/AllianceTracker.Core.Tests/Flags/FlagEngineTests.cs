using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Ratings;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class FlagEngineTests
{
    [Test]
    public void Worked_example_of_the_clinical_rules_document()
    {
        // Patient totals on the 6–30 form: 22, 24, 20, 22, 14. Baseline of the first four: mean 88/4 = 22;
        // squared deviations 0 + 4 + 4 + 0 = 8; variance 8/3 = 2.667; own SD 1.633. Ward SD 3.0 is larger.
        // (14 − 22) / 3 = −2.67 SD → probable drop. RCI with normative SD 4, r 0.85: (14 − 22) / (4·√0.3) = −8 / 2.1909 = −3.65.
        var sessions = new[] { 22.0, 24, 20, 22, 14 }
            .Select((total, day) => Session(day, patient: Rating(total, normativeSd: 4)))
            .ToArray();
        var history = History(sessions) with { WardSdByInstrumentVersion = new Dictionary<Guid, double> { [Form] = 3 } };

        var findings = FlagEngine.Evaluate(history, RuleParameters.Default, Later).Findings;

        var drop = findings.Single(finding => finding.RuleId == RuleIds.DropFromBaseline);
        var reliable = findings.Single(finding => finding.RuleId == RuleIds.ReliableDrop);
        Assert.Multiple(() =>
        {
            Assert.That(drop.Inputs["ownSd"], Is.EqualTo("1.633"));
            Assert.That(drop.Inputs["sdsBelowBaseline"], Is.EqualTo("2.6667"));
            Assert.That(drop.ExplanationEn, Is.EqualTo(
                "The patient's total of 14 (scale 6–30) was 2.7 SD below the patient's own average of 22.0 over 4 earlier ratings on this form. "
                + "SD used: 3.0, the larger of the patient's own SD (1.6) and the ward's SD for this form (3.0). "
                + "This is a probable drop (threshold 2.0 SD)."));
            Assert.That(drop.ExplanationNb, Is.EqualTo(
                "Pasientens totalskår på 14 (skala 6–30) lå 2,7 SD under pasientens eget snitt på 22,0 fra 4 tidligere vurderinger på dette skjemaet. "
                + "SD brukt: 3,0, den største av pasientens egen SD (1,6) og avdelingens SD for skjemaet (3,0). "
                + "Dette er et sannsynlig fall (terskel 2,0 SD)."));
            Assert.That(reliable.Inputs["rci"], Is.EqualTo("-3.6515"));
        });
    }

    [Test]
    public void Findings_are_ordered_by_time_then_rule_then_key()
    {
        var history = History(
            Session(1),
            Session(0, patient: Rating(20) with { Rupture = RuptureAnswer.ALot }, therapist: Rating(30) with { Rupture = RuptureAnswer.ALittle }),
            Session(2));

        var findings = FlagEngine.Evaluate(history, RuleParameters.Default, Later).Findings;

        Assert.That(findings.Select(finding => finding.FindingKey), Is.EqualTo(new[]
        {
            $"alliance.rater-gap:{Id(1):N}",
            $"alliance.reported-rupture:patient:{Id(1):N}",
            $"alliance.reported-rupture:therapist:{Id(1):N}",
            $"voice.missing:{Id(2):N}",
        }));
    }

    [Test]
    public void Sessions_with_the_same_start_are_ordered_by_id()
    {
        // Same start time: session Id(1) (total 24) comes before Id(2) (total 14), whatever the input order.
        var start = FirstSession.AddDays(5);
        var first = new SessionPoint { SessionId = Id(1), StartsAt = start, PatientRating = Rating(24, normativeSd: 4) };
        var second = new SessionPoint { SessionId = Id(2), StartsAt = start, PatientRating = Rating(14, normativeSd: 4) };

        var forwards = FlagEngine.Evaluate(History(first, second), RuleParameters.Default, Later);
        var backwards = FlagEngine.Evaluate(History(second, first), RuleParameters.Default, Later);

        Assert.That(forwards, Is.EqualTo(backwards));
        Assert.That(forwards.Findings.Single(finding => finding.RuleId == RuleIds.ReliableDrop).SessionId, Is.EqualTo(Id(2)));
    }

    [Test]
    public void Sessions_after_now_are_not_evaluated()
    {
        var history = History(Session(0), Session(1));

        Assert.That(FlagEngine.Evaluate(history, RuleParameters.Default, FirstSession.AddHours(1)).Findings, Is.Empty);
    }

    [Test]
    public void A_repeated_session_id_is_refused()
    {
        Assert.That(() => FlagEngine.Evaluate(History(Session(0), Session(0)), RuleParameters.Default, Later), Throws.ArgumentException);
    }

    [Test]
    public void An_unknown_time_zone_is_refused()
    {
        var history = History() with { WardTimeZoneId = "Europe/Atlantis" };

        Assert.That(
            () => FlagEngine.Evaluate(history, RuleParameters.Default, Later),
            Throws.ArgumentException.With.Message.Contains("Europe/Atlantis"));
    }

    [Test]
    public void Explanations_use_the_ward_clock()
    {
        // 2026-06-01 08:00 UTC is 10:00 in Oslo (summer time, +02:00).
        var decision = new AutonomyDecisionPoint
        {
            DecisionId = Id(1),
            RuleCode = "NO-4-5",
            StartsAt = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero),
            FormalDecisionRequiredWithConsent = true,
            PatientViewRecorded = true,
        };

        var finding = Findings(History() with { AutonomyDecisions = [decision] }, RuleIds.ComplaintInfoMissing).Single();

        Assert.That(finding.Inputs["startsAt"], Is.EqualTo("2026-06-01 10:00"));
    }
}
