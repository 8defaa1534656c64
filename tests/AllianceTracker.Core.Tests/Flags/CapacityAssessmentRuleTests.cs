using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class CapacityAssessmentRuleTests
{
    private static AutonomyDecisionPoint CompulsoryCare(DateTimeOffset startsAt, DateTimeOffset? assessedAt) => new()
    {
        DecisionId = Id(600),
        RuleCode = "NO-3-3",
        FormalDecisionRequiredWithConsent = true,
        StartsAt = startsAt,
        PatientViewRecorded = true,
        PatientInformedOfComplaintRight = true,
        CapacityAssessedAt = assessedAt,
    };

    private static IReadOnlyList<Finding> Evaluate(AutonomyDecisionPoint decision) =>
        Findings(History() with { AutonomyDecisions = [decision] }, RuleIds.CapacityAssessmentMissingOrStale);

    [Test]
    public void No_assessment_is_high()
    {
        var finding = Evaluate(CompulsoryCare(OsloTime(2026, 5, 20, 9), assessedAt: null)).Single();

        Assert.That(finding.Severity, Is.EqualTo(FlagSeverity.High));
        Assert.That(finding.Inputs["problem"], Is.EqualTo("missing"));
    }

    [Test]
    public void An_assessment_after_the_measure_started_is_high()
    {
        var finding = Evaluate(CompulsoryCare(OsloTime(2026, 5, 20, 9), OsloTime(2026, 5, 20, 10))).Single();

        Assert.That(finding.Inputs["problem"], Is.EqualTo("after-start"));
    }

    [TestCase(6, false, TestName = "assessed 14 calendar days before: in date")]
    [TestCase(5, true, TestName = "assessed 15 calendar days before: stale")]
    public void Age_is_counted_in_calendar_days(int assessedOnDay, bool stale)
    {
        // Measure starts 2026-05-20 09:00; assessed at 23:00 on 6 May (14 days) or 5 May (15 days).
        var findings = Evaluate(CompulsoryCare(OsloTime(2026, 5, 20, 9), OsloTime(2026, 5, assessedOnDay, 23)));

        Assert.That(findings, stale ? Has.Count.EqualTo(1) : Is.Empty);
        if (stale)
        {
            Assert.That(findings[0].Severity, Is.EqualTo(FlagSeverity.Medium));
            Assert.That(findings[0].Inputs["ageDays"], Is.EqualTo("15"));
            Assert.That(findings[0].ExplanationEn, Does.Contain("15 calendar days earlier (ward setting: at most 14 days)"));
        }
    }

    [Test]
    public void Spring_clock_change_14_days_on_the_ward_calendar_is_in_date()
    {
        // Assessed 2026-03-15 00:30 (+01:00 = 14 March 23:30 UTC); starts 2026-03-29 23:30 (+02:00 = 29 March 21:30 UTC).
        // Ward calendar: 15 → 29 March = 14 days. Counting UTC dates (14 → 29) would say 15.
        Assert.That(Evaluate(CompulsoryCare(OsloTime(2026, 3, 29, 23, 30), OsloTime(2026, 3, 15, 0, 30))), Is.Empty);
    }

    [Test]
    public void Spring_clock_change_15_days_on_the_ward_calendar_is_stale()
    {
        // Assessed 2026-03-14 23:30 (+01:00); starts 2026-03-29 00:30 (+01:00, before the 02:00 change).
        // Elapsed 14 days 1 hour (whole elapsed days: 14), but the ward calendar says 14 → 29 March = 15 days.
        var finding = Evaluate(CompulsoryCare(OsloTime(2026, 3, 29, 0, 30), OsloTime(2026, 3, 14, 23, 30))).Single();

        Assert.That(finding.Inputs["ageDays"], Is.EqualTo("15"));
    }

    [Test]
    public void Autumn_clock_change_14_days_on_the_ward_calendar_is_in_date()
    {
        // Assessed 2026-10-11 00:30 (+02:00 = 10 Oct 22:30 UTC); starts 2026-10-25 23:30 (+01:00 = 25 Oct 22:30 UTC).
        // Exactly 15 × 24 h elapsed and UTC dates 10 → 25 = 15, but the ward calendar says 11 → 25 = 14 days.
        Assert.That(Evaluate(CompulsoryCare(OsloTime(2026, 10, 25, 23, 30), OsloTime(2026, 10, 11, 0, 30))), Is.Empty);
    }

    [Test]
    public void Max_age_is_a_setting()
    {
        // 20 May against 13 May = 7 days; allowed 6.
        var decision = CompulsoryCare(OsloTime(2026, 5, 20, 9), OsloTime(2026, 5, 13, 9));
        var parameters = RuleParameters.Default with { CapacityAssessmentMaxAgeDays = 6 };

        Assert.That(Findings(History() with { AutonomyDecisions = [decision] }, RuleIds.CapacityAssessmentMissingOrStale, parameters), Has.Count.EqualTo(1));
    }

    [Test]
    public void Applies_to_the_configured_codes_or_where_the_rule_table_requires_it()
    {
        var seclusion = CompulsoryCare(OsloTime(2026, 5, 20, 9), assessedAt: null) with { RuleCode = "NO-4-3" };

        Assert.That(Evaluate(seclusion), Is.Empty);
        Assert.That(Evaluate(seclusion with { RequiresCapacityAssessment = true }), Has.Count.EqualTo(1));
    }

    [Test]
    public void Consented_treatment_under_4_4_needs_no_assessment_here()
    {
        var consented = CompulsoryCare(OsloTime(2026, 5, 20, 9), assessedAt: null) with
        {
            RuleCode = "NO-4-4",
            PatientConsented = true,
            FormalDecisionRequiredWithConsent = false,
        };

        Assert.That(Evaluate(consented), Is.Empty);
    }
}
