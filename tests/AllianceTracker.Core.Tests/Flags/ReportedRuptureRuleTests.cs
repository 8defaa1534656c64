using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class ReportedRuptureRuleTests
{
    [TestCase(RuptureAnswer.No, null)]
    [TestCase(RuptureAnswer.ALittle, FlagSeverity.Medium)]
    [TestCase(RuptureAnswer.ALot, FlagSeverity.High)]
    public void Answer_sets_whether_and_how_severe(RuptureAnswer answer, FlagSeverity? severity)
    {
        var history = History(Session(0, patient: Rating(20) with { Rupture = answer }));

        var findings = Findings(history, RuleIds.ReportedRupture);

        Assert.That(findings.Select(finding => (FlagSeverity?)finding.Severity), severity is null ? Is.Empty : Is.EqualTo(new[] { severity }));
    }

    [Test]
    public void Each_rater_reports_separately()
    {
        var history = History(Session(0,
            patient: Rating(20) with { Rupture = RuptureAnswer.ALot, RuptureTalkedThrough = false },
            therapist: Rating(25) with { Rupture = RuptureAnswer.ALittle, RuptureTalkedThrough = true }));

        var findings = Findings(history, RuleIds.ReportedRupture);

        Assert.That(findings.Select(finding => finding.Rater), Is.EquivalentTo(new[] { Rater.Patient, Rater.Therapist }));
        var patient = findings.Single(finding => finding.Rater == Rater.Patient);
        Assert.That(patient.Inputs["talkedThrough"], Is.EqualTo("no"));
        Assert.That(patient.ExplanationEn, Is.EqualTo(
            "The patient answered \"a lot\" to whether something went wrong between patient and therapist in this session. It was not talked through."));
        Assert.That(patient.ExplanationNb, Does.Contain("«mye»").And.Contain("Det ble ikke snakket om."));
    }
}
