using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class RaterGapRuleTests
{
    // Form 6–30 (range 24). Patient 12 → (12 − 6)/24 = 25 on 0–100.
    [TestCase(17.0, false, TestName = "therapist 17 → 45.8: gap 20.8")]
    [TestCase(18.0, false, TestName = "therapist 18 → 50: gap exactly 25 is not more than 25")]
    [TestCase(19.0, true, TestName = "therapist 19 → 54.2: gap 29.2")]
    public void Fires_when_the_therapist_is_more_than_a_quarter_of_the_scale_higher(double therapistTotal, bool fires)
    {
        var history = History(Session(0, patient: Rating(12), therapist: Rating(therapistTotal)));

        var findings = Findings(history, RuleIds.RaterGap);

        Assert.That(findings, fires ? Has.Count.EqualTo(1) : Is.Empty);
        if (fires)
        {
            Assert.That(findings[0].Inputs["gapPoints"], Is.EqualTo("29.1667"));
            Assert.That(findings[0].ExplanationEn, Does.Contain("29.2 points above the patient's").And.Contain("therapist 54.2, patient 25.0"));
            Assert.That(findings[0].ExplanationNb, Does.Contain("29,2 poeng over pasientens"));
        }
    }

    [Test]
    public void A_patient_rating_higher_than_the_therapist_is_not_this_flag()
    {
        Assert.That(Findings(History(Session(0, patient: Rating(30), therapist: Rating(6))), RuleIds.RaterGap), Is.Empty);
    }

    [Test]
    public void Forms_with_different_scales_are_compared_on_0_to_100()
    {
        // Patient 18 on 6–30 → 12/24 = 50; therapist 31 on 0–40 → 77.5; gap 27.5 > 25.
        var therapist = Rating(31) with { ScaleMin = 0, ScaleMax = 40, InstrumentVersionId = OtherForm };

        var finding = Findings(History(Session(0, patient: Rating(18), therapist: therapist)), RuleIds.RaterGap).Single();

        Assert.That(finding.Inputs["gapPoints"], Is.EqualTo("27.5"));
    }

    [Test]
    public void Needs_both_ratings_in_the_session()
    {
        Assert.That(Findings(History(Session(0, therapist: Rating(30))), RuleIds.RaterGap), Is.Empty);
    }
}
