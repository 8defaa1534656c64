using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class FormalDecisionMissingRuleTests
{
    private static readonly DateTimeOffset Start = OsloTime(2026, 3, 10, 14);

    /// <summary>Seclusion (§4-3) without consent and without a formal decision; every other duty met.</summary>
    private static AutonomyDecisionPoint Seclusion() => new()
    {
        DecisionId = Id(800),
        RuleCode = "NO-4-3",
        FormalDecisionRequiredWithConsent = true,
        StartsAt = Start,
        PatientViewRecorded = true,
        PatientInformedOfComplaintRight = true,
    };

    /// <summary>Treatment without consent (§4-4): valid consent removes the need for a formal decision.</summary>
    private static AutonomyDecisionPoint TreatmentWithoutConsent() => Seclusion() with
    {
        RuleCode = "NO-4-4",
        FormalDecisionRequiredWithConsent = false,
    };

    private static IReadOnlyList<Finding> FindingsFor(AutonomyDecisionPoint decision, DateTimeOffset? now = null) =>
        Findings(History() with { AutonomyDecisions = [decision] }, RuleIds.FormalDecisionMissing, now: now);

    [Test]
    public void No_formal_decision_for_a_measure_without_consent_is_a_finding()
    {
        var finding = FindingsFor(Seclusion()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.FindingKey, Is.EqualTo($"autonomy.formal-decision-missing:{Id(800):N}"));
            Assert.That(finding.Severity, Is.EqualTo(FlagSeverity.Medium));
            Assert.That(finding.SubjectId, Is.EqualTo(Id(800)));
            Assert.That(finding.OccurredAt, Is.EqualTo(Start));
            Assert.That(finding.Inputs.ToString(), Is.EqualTo("patientConsented=false, ruleCode=NO-4-3, startsAt=2026-03-10 14:00"));
            Assert.That(finding.ExplanationEn, Is.EqualTo(
                "No formal decision (vedtak) is recorded for the NO-4-3 measure starting 2026-03-10 14:00; "
                + "the patient did not consent, so the rule requires one."));
            Assert.That(finding.ExplanationNb, Is.EqualTo(
                "Det er ikke registrert noe vedtak for tiltaket NO-4-3 som startet 2026-03-10 14:00; "
                + "pasienten samtykket ikke, så regelen krever vedtak."));
        });
    }

    [Test]
    public void A_recorded_formal_decision_meets_the_duty()
    {
        Assert.That(FindingsFor(Seclusion() with { FormalDecisionMade = true }), Is.Empty);
    }

    [Test]
    public void Consent_under_a_rule_that_still_requires_a_formal_decision_keeps_the_duty()
    {
        var finding = FindingsFor(Seclusion() with { PatientConsented = true }).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Inputs["patientConsented"], Is.EqualTo("true"));
            Assert.That(finding.ExplanationEn, Does.EndWith("the patient consented, but the rule requires a formal decision even with consent."));
            Assert.That(finding.ExplanationNb, Does.EndWith("pasienten samtykket, men regelen krever vedtak også ved samtykke."));
        });
    }

    [Test]
    public void Consent_under_a_rule_where_consent_replaces_the_formal_decision_needs_none()
    {
        Assert.That(FindingsFor(TreatmentWithoutConsent() with { PatientConsented = true }), Is.Empty);
    }

    [Test]
    public void Without_consent_that_rule_requires_a_formal_decision_too()
    {
        var finding = FindingsFor(TreatmentWithoutConsent()).Single();

        Assert.That(finding.Inputs["ruleCode"], Is.EqualTo("NO-4-4"));
    }

    [Test]
    public void The_finding_is_there_from_the_moment_the_measure_starts()
    {
        // No grace period: the formal decision belongs to the measure, so it is missing as soon as the measure is recorded.
        Assert.That(FindingsFor(Seclusion(), now: Start), Has.Count.EqualTo(1));
    }

    [TestCase(0, 30, "2026-03-29 01:30")]
    [TestCase(1, 30, "2026-03-29 03:30")]
    public void The_start_is_given_on_the_ward_clock_across_the_change_to_summer_time(int utcHour, int utcMinute, string expected)
    {
        // Oslo leaves CET (+01:00) for CEST (+02:00) at 01:00 UTC on 29 March 2026.
        var decision = Seclusion() with { StartsAt = new DateTimeOffset(2026, 3, 29, utcHour, utcMinute, 0, TimeSpan.Zero) };

        Assert.That(FindingsFor(decision).Single().Inputs["startsAt"], Is.EqualTo(expected));
    }
}
