using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class AutonomyDutyRuleTests
{
    private static readonly DateTimeOffset Start = OsloTime(2026, 3, 10, 14);

    private static AutonomyDecisionPoint Decision(string ruleCode = "NO-4-3") => new()
    {
        DecisionId = Id(700),
        RuleCode = ruleCode,
        FormalDecisionRequiredWithConsent = true,
        StartsAt = Start,
        PatientViewRecorded = true,
        PatientInformedOfComplaintRight = true,
        FormalDecisionMade = true,
    };

    private static IReadOnlyList<Finding> FindingsFor(AutonomyDecisionPoint decision, string ruleId) =>
        Findings(History() with { AutonomyDecisions = [decision] }, ruleId);

    [Test]
    public void A_decision_with_every_duty_met_has_no_duty_findings()
    {
        var findings = FlagEngine.Evaluate(History() with { AutonomyDecisions = [Decision()] }, RuleParameters.Default, Start.AddHours(1)).Findings;

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Neither_view_nor_reason_recorded_is_a_finding()
    {
        var finding = FindingsFor(Decision() with { PatientViewRecorded = false }, RuleIds.ViewNotRecorded).Single();

        Assert.That(finding.FindingKey, Is.EqualTo($"autonomy.view-not-recorded:{Id(700):N}"));
        Assert.That(finding.ExplanationEn, Is.EqualTo(
            "The NO-4-3 decision starting 2026-03-10 14:00 records neither the patient's view nor a reason why it could not be recorded."));
    }

    [Test]
    public void A_reason_why_no_view_could_be_recorded_meets_the_duty()
    {
        var decision = Decision() with { PatientViewRecorded = false, PatientViewNotRecordedReasonGiven = true };

        Assert.That(FindingsFor(decision, RuleIds.ViewNotRecorded), Is.Empty);
    }

    [Test]
    public void Not_told_of_the_right_to_complain_is_a_finding()
    {
        var finding = FindingsFor(Decision() with { PatientInformedOfComplaintRight = false }, RuleIds.ComplaintInfoMissing).Single();

        Assert.That(finding.ExplanationNb, Does.Contain("retten til å klage på vedtaket NO-4-3"));
    }

    [Test]
    public void Consent_under_a_rule_that_needs_no_formal_decision_has_no_coercion_duties()
    {
        // §4-4: valid consent removes the need for a formal decision.
        var decision = Decision("NO-4-4") with
        {
            FormalDecisionRequiredWithConsent = false,
            PatientConsented = true,
            PatientViewRecorded = false,
            PatientInformedOfComplaintRight = false,
        };

        Assert.That(FlagEngine.Evaluate(History() with { AutonomyDecisions = [decision] }, RuleParameters.Default, Later).Findings, Is.Empty);
    }

    [Test]
    public void Consent_under_a_rule_that_still_needs_a_formal_decision_keeps_the_duties()
    {
        var decision = Decision() with { PatientConsented = true, PatientInformedOfComplaintRight = false };

        Assert.That(FindingsFor(decision, RuleIds.ComplaintInfoMissing), Has.Count.EqualTo(1));
    }
}
