using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class FollowUpOverdueRuleTests
{
    private static readonly DateTimeOffset Started = OsloTime(2026, 3, 10, 12);
    private static readonly DateTimeOffset Ended = OsloTime(2026, 3, 10, 14);

    private static AutonomyDecisionPoint Restraint(params DateTimeOffset[] offers) => new()
    {
        DecisionId = Id(800),
        RuleCode = "NO-4-8",
        FormalDecisionRequiredWithConsent = true,
        StartsAt = Started,
        EndsAt = Ended,
        PatientViewRecorded = true,
        PatientInformedOfComplaintRight = true,
        FollowUpsOfferedAt = offers,
    };

    private static IReadOnlyList<Finding> Evaluate(AutonomyDecisionPoint decision, DateTimeOffset now) =>
        Findings(History() with { AutonomyDecisions = [decision] }, RuleIds.FollowUpOverdue, now: now);

    [Test]
    public void Not_due_until_48_hours_after_the_end()
    {
        Assert.That(Evaluate(Restraint(), Ended.AddHours(48)), Is.Empty);
    }

    [Test]
    public void Not_offered_a_minute_after_the_deadline_is_high()
    {
        var finding = Evaluate(Restraint(), Ended.AddHours(48).AddMinutes(1)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(FlagSeverity.High));
            Assert.That(finding.OccurredAt, Is.EqualTo(Ended.AddHours(48)));
            Assert.That(finding.Inputs["hoursSinceEnd"], Is.EqualTo("48.0167"));
            Assert.That(finding.ExplanationEn, Does.Contain("ended 2026-03-10 14:00; no follow-up conversation has been offered in the 48.0 hours since"));
        });
    }

    [Test]
    public void Offered_exactly_at_the_deadline_is_in_time()
    {
        Assert.That(Evaluate(Restraint(Ended.AddHours(48)), Later), Is.Empty);
    }

    [Test]
    public void Offered_a_minute_late_is_medium()
    {
        var finding = Evaluate(Restraint(Ended.AddHours(48).AddMinutes(1)), Later).Single();

        Assert.That(finding.Severity, Is.EqualTo(FlagSeverity.Medium));
        Assert.That(finding.ExplanationNb, Does.Contain("ettersamtale ble først tilbudt 48,0 timer senere"));
    }

    [Test]
    public void An_ongoing_measure_is_not_yet_due()
    {
        Assert.That(Evaluate(Restraint() with { EndsAt = null }, Later), Is.Empty);
    }

    [Test]
    public void Applies_to_the_configured_codes_or_where_the_rule_table_requires_it()
    {
        var contactRestriction = Restraint() with { RuleCode = "NO-4-5" };

        Assert.That(Evaluate(contactRestriction, Later), Is.Empty);
        Assert.That(Evaluate(contactRestriction with { FollowUpConversationRequired = true }, Later), Has.Count.EqualTo(1));
        Assert.That(Evaluate(Restraint() with { RuleCode = "NO-4-3" }, Later), Has.Count.EqualTo(1));
    }

    [Test]
    public void Hours_are_elapsed_time_across_the_spring_clock_change()
    {
        // Ended Saturday 2026-03-28 20:00 (+01:00, 19:00 UTC). Clocks go forward at 02:00 on the 29th.
        // An offer on Monday 2026-03-30 at 20:30 (+02:00, 18:30 UTC) reads 48.5 h on the wall clock but is 47.5 h elapsed.
        var ended = OsloTime(2026, 3, 28, 20);
        var inTime = OsloTime(2026, 3, 30, 20, 30);
        // Monday 21:30 (+02:00, 19:30 UTC) is 48.5 h elapsed: late.
        var late = OsloTime(2026, 3, 30, 21, 30);
        var decision = Restraint() with { StartsAt = ended.AddHours(-1), EndsAt = ended };

        Assert.That(Evaluate(decision with { FollowUpsOfferedAt = [inTime] }, Later), Is.Empty);
        Assert.That(Evaluate(decision with { FollowUpsOfferedAt = [late] }, Later).Single().Inputs["hoursUntilOffered"], Is.EqualTo("48.5"));
    }
}
