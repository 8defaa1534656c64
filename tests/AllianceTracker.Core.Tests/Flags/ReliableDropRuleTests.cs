using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class ReliableDropRuleTests
{
    private static SessionPoint[] TwoRatings(double first, double second, double normativeSd, double reliability) =>
    [
        Session(0, patient: Rating(first, normativeSd) with { ScaleMin = 0, ScaleMax = 100, Reliability = reliability }),
        Session(1, patient: Rating(second, normativeSd) with { ScaleMin = 0, ScaleMax = 100, Reliability = reliability }),
    ];

    // r = 0.5, SD 25: SD·√2·√(1 − 0.5) = 25 · √1 = 25, so RCI = change / 25.
    [TestCase(52.0, false, TestName = "RCI -48/25 = -1.92: not reliable")]
    [TestCase(51.0, false, TestName = "RCI -49/25 = -1.96 exactly: not beyond the threshold")]
    [TestCase(50.0, true, TestName = "RCI -50/25 = -2.00: reliable drop")]
    public void Fires_only_beyond_the_threshold(double second, bool fires)
    {
        var findings = Findings(History(TwoRatings(100, second, normativeSd: 25, reliability: 0.5)), RuleIds.ReliableDrop);

        Assert.That(findings, fires ? Has.Count.EqualTo(1) : Is.Empty);
    }

    // Default r = 0.85, SD 4: 4 · √2 · √0.15 = 4 · √0.3 = 4 · 0.547723 = 2.190890.
    [TestCase(20.0, false, TestName = "fall of 4: RCI -4/2.19089 = -1.83")]
    [TestCase(19.0, true, TestName = "fall of 5: RCI -5/2.19089 = -2.28")]
    public void Uses_the_instrument_reliability_and_normative_sd(double second, bool fires)
    {
        var findings = Findings(History(TwoRatings(24, second, normativeSd: 4, reliability: 0.85)), RuleIds.ReliableDrop);

        Assert.That(findings, fires ? Has.Count.EqualTo(1) : Is.Empty);
        if (fires)
        {
            Assert.That(findings[0].Inputs["rci"], Is.EqualTo("-2.2822"));
            Assert.That(findings[0].Inputs["standardErrorOfDifference"], Is.EqualTo("2.1909"));
            Assert.That(findings[0].ExplanationEn, Does.Contain("went from 24 to 19").And.Contain("-2.28"));
            Assert.That(findings[0].ExplanationNb, Does.Contain("gikk fra 24 til 19").And.Contain("-2,28"));
        }
    }

    [Test]
    public void A_rise_is_never_a_reliable_drop()
    {
        Assert.That(Findings(History(TwoRatings(50, 100, normativeSd: 25, reliability: 0.5)), RuleIds.ReliableDrop), Is.Empty);
    }

    [Test]
    public void Without_a_normative_sd_the_index_cannot_be_computed()
    {
        Assert.That(Findings(History(TwoRatings(100, 0, normativeSd: 0, reliability: 0.5)), RuleIds.ReliableDrop), Is.Empty);
    }

    [Test]
    public void The_first_rating_has_nothing_to_compare_with()
    {
        Assert.That(Findings(History(Session(0, patient: Rating(6, normativeSd: 4))), RuleIds.ReliableDrop), Is.Empty);
    }

    [Test]
    public void Compares_with_the_previous_rating_on_the_same_form()
    {
        // 24 → (other form 10) → 19: compared with 24, a fall of 5 → RCI -2.28 with SD 4, r 0.85.
        var sessions = new[]
        {
            Session(0, patient: Rating(24, normativeSd: 4)),
            Session(1, patient: Rating(10, normativeSd: 4, form: OtherForm)),
            Session(2, patient: Rating(19, normativeSd: 4)),
        };

        var finding = Findings(History(sessions), RuleIds.ReliableDrop).Single();

        Assert.That(finding.SessionId, Is.EqualTo(Id(3)));
        Assert.That(finding.Inputs["previousTotal"], Is.EqualTo("24"));
    }
}
