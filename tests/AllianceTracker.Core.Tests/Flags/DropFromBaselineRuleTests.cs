using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Instruments;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class DropFromBaselineRuleTests
{
    // Priors 20, 22, 21: mean 63/3 = 21; squared deviations 1 + 1 + 0 = 2; sample variance 2/2 = 1; SD 1.
    [TestCase(20.1, null, TestName = "0.9 SD below: no finding")]
    [TestCase(20.0, "possible", TestName = "exactly 1 SD below: possible")]
    [TestCase(19.9, "possible", TestName = "1.1 SD below: possible")]
    [TestCase(19.1, "possible", TestName = "1.9 SD below: possible")]
    [TestCase(19.0, "probable", TestName = "exactly 2 SD below: probable")]
    [TestCase(18.9, "probable", TestName = "2.1 SD below: probable")]
    public void Levels_follow_the_distance_from_the_own_baseline(double total, string? expectedLevel)
    {
        var findings = Findings(History(PatientTotals(20, 22, 21, total)), RuleIds.DropFromBaseline);

        if (expectedLevel is null)
        {
            Assert.That(findings, Is.Empty);
            return;
        }

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].Inputs["level"], Is.EqualTo(expectedLevel));
        Assert.That(findings[0].Severity, Is.EqualTo(expectedLevel == "probable" ? FlagSeverity.High : FlagSeverity.Medium));
    }

    [Test]
    public void Finding_carries_the_numbers_and_says_what_happened()
    {
        var history = History(PatientTotals(20, 22, 21, 19));

        var finding = Findings(history, RuleIds.DropFromBaseline).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.FindingKey, Is.EqualTo($"alliance.drop-from-baseline:patient:{Id(4):N}"));
            Assert.That(finding.SessionId, Is.EqualTo(Id(4)));
            Assert.That(finding.Rater, Is.EqualTo(Rater.Patient));
            Assert.That(finding.Inputs["baselineMean"], Is.EqualTo("21"));
            Assert.That(finding.Inputs["priorRatings"], Is.EqualTo("3"));
            Assert.That(finding.Inputs["ownSd"], Is.EqualTo("1"));
            Assert.That(finding.Inputs["referenceSd"], Is.EqualTo("1"));
            Assert.That(finding.Inputs["sdsBelowBaseline"], Is.EqualTo("2"));
            Assert.That(finding.ExplanationEn, Does.Contain("total of 19 (scale 6–30) was 2.0 SD below the patient's own average of 21.0 over 3 earlier ratings"));
            Assert.That(finding.ExplanationNb, Does.Contain("totalskår på 19 (skala 6–30) lå 2,0 SD under pasientens eget snitt på 21,0 fra 3 tidligere vurderinger"));
            Assert.That(finding.ExplanationEn, Does.Not.Contain("outcome").And.Not.Contain("predict"));
        });
    }

    [Test]
    public void Fewer_than_three_prior_ratings_give_no_finding()
    {
        // Two priors 20 and 22 (mean 21, SD 1.41); 10 would be 7.8 SD below, but there is no baseline yet.
        Assert.That(Findings(History(PatientTotals(20, 22, 10)), RuleIds.DropFromBaseline), Is.Empty);
    }

    [Test]
    public void Minimum_prior_ratings_is_a_parameter()
    {
        // Two priors 20, 22: mean 21, SD √2 = 1.414; 18 is 3/1.414 = 2.1 SD below.
        var parameters = RuleParameters.Default with { MinPriorRatings = 2 };

        var finding = Findings(History(PatientTotals(20, 22, 18)), RuleIds.DropFromBaseline, parameters).Single();

        Assert.That(finding.Inputs["sdsBelowBaseline"], Is.EqualTo("2.1213"));
    }

    [Test]
    public void No_spread_and_no_ward_or_normative_sd_gives_no_finding()
    {
        // Priors 20, 20, 20: own SD 0; no ward SD and no normative SD, so nothing to measure the fall by.
        Assert.That(Findings(History(PatientTotals(20, 20, 20, 10)), RuleIds.DropFromBaseline), Is.Empty);
    }

    [Test]
    public void No_spread_falls_back_to_the_normative_sd()
    {
        // Own SD 0, normative SD 4: (12 − 20) / 4 = −2 → probable.
        var sessions = new[] { 20.0, 20, 20, 12 }.Select((total, day) => Session(day, patient: Rating(total, normativeSd: 4))).ToArray();

        var finding = Findings(History(sessions), RuleIds.DropFromBaseline).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Inputs["level"], Is.EqualTo("probable"));
            Assert.That(finding.Inputs["betweenPatientSdSource"], Is.EqualTo("normative"));
            Assert.That(finding.Inputs["referenceSd"], Is.EqualTo("4"));
        });
    }

    [TestCase(19.0, null, TestName = "ward SD 3 over own SD 1: 2 points is 0.67 SD, no finding")]
    [TestCase(18.0, "possible", TestName = "ward SD 3 over own SD 1: 3 points is exactly 1 SD")]
    [TestCase(15.0, "probable", TestName = "ward SD 3 over own SD 1: 6 points is exactly 2 SD")]
    public void A_larger_ward_sd_is_the_stricter_one(double total, string? expectedLevel)
    {
        var history = History(PatientTotals(20, 22, 21, total)) with
        {
            WardSdByInstrumentVersion = new Dictionary<Guid, double> { [Form] = 3 },
        };

        var findings = Findings(history, RuleIds.DropFromBaseline);

        Assert.That(findings.Select(finding => finding.Inputs["level"]), expectedLevel is null ? Is.Empty : Is.EqualTo(new[] { expectedLevel }));
        Assert.That(findings.Select(finding => finding.Inputs["betweenPatientSdSource"]), Has.All.EqualTo("ward"));
    }

    [Test]
    public void A_larger_own_sd_is_the_stricter_one()
    {
        // Priors 16, 24, 20: mean 20; squared deviations 16 + 16 + 0 = 32; variance 16; own SD 4 > ward SD 2.
        // 16 is (16 − 20) / 4 = 1 SD below → possible (with ward SD 2 it would have been 2 SD).
        var history = History(PatientTotals(16, 24, 20, 16)) with
        {
            WardSdByInstrumentVersion = new Dictionary<Guid, double> { [Form] = 2 },
        };

        var finding = Findings(history, RuleIds.DropFromBaseline).Single();

        Assert.That(finding.Inputs["referenceSd"], Is.EqualTo("4"));
        Assert.That(finding.Inputs["level"], Is.EqualTo("possible"));
    }

    [Test]
    public void Ratings_on_another_form_are_not_part_of_the_baseline()
    {
        var sessions = PatientTotals(20, 22, 21).Append(Session(3, patient: Rating(10, form: OtherForm))).ToArray();

        Assert.That(Findings(History(sessions), RuleIds.DropFromBaseline), Is.Empty);
    }

    [Test]
    public void Therapist_ratings_have_their_own_baseline()
    {
        // Therapist priors 24, 26, 25: mean 25, SD 1; 23 is 2 SD below. The patient's steady 20s give nothing.
        var therapistTotals = new[] { 24.0, 26, 25, 23 };
        var sessions = therapistTotals.Select((total, day) => Session(day, patient: Rating(20), therapist: Rating(total))).ToArray();

        var finding = Findings(History(sessions), RuleIds.DropFromBaseline).Single();

        Assert.That(finding.Rater, Is.EqualTo(Rater.Therapist));
        Assert.That(finding.FindingKey, Does.StartWith("alliance.drop-from-baseline:therapist:"));
        Assert.That(finding.ExplanationEn, Does.StartWith("The therapist's total of 23"));
    }

    [Test]
    public void Missing_sessions_are_skipped_not_counted_as_zero()
    {
        // Sessions without a patient rating in between; the priors are still 20, 22, 21 (mean 21, SD 1).
        var sessions = new[]
        {
            Session(0, patient: Rating(20)),
            Session(1),
            Session(2, patient: Rating(22)),
            Session(3, reason: AllianceTracker.Core.Ratings.NonResponseReason.Declined),
            Session(4, patient: Rating(21)),
            Session(5, patient: Rating(20)),
        };

        var finding = Findings(History(sessions), RuleIds.DropFromBaseline).Single();

        Assert.That(finding.Inputs["baselineMean"], Is.EqualTo("21"));
        Assert.That(finding.Inputs["priorRatings"], Is.EqualTo("3"));
        Assert.That(finding.SessionId, Is.EqualTo(Id(6)));
    }
}
