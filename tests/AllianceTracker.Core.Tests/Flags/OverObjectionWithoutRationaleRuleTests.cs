using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class OverObjectionWithoutRationaleRuleTests
{
    private static TreatmentDecisionPoint Decision(DecisionMaker decidedBy, bool hasRationale) => new()
    {
        DecisionId = Id(500),
        DecidedAt = OsloTime(2026, 3, 3, 11),
        DecidedBy = decidedBy,
        PatientPosition = AgreementPosition.Disagrees,
        HasRationale = hasRationale,
    };

    [TestCase(DecisionMaker.ClinicianOverPatientObjection, false, true)]
    [TestCase(DecisionMaker.ClinicianOverPatientObjection, true, false)]
    [TestCase(DecisionMaker.Jointly, false, false)]
    [TestCase(DecisionMaker.ClinicianWithPatientAgreement, false, false)]
    public void Flags_only_a_decision_over_objection_without_rationale(DecisionMaker decidedBy, bool hasRationale, bool fires)
    {
        var history = History() with { TreatmentDecisions = [Decision(decidedBy, hasRationale)] };

        var findings = Findings(history, RuleIds.OverObjectionWithoutRationale);

        Assert.That(findings, fires ? Has.Count.EqualTo(1) : Is.Empty);
        if (fires)
        {
            Assert.That(findings[0].SubjectId, Is.EqualTo(Id(500)));
            Assert.That(findings[0].ExplanationEn, Does.Contain("2026-03-03 11:00"));
        }
    }
}
