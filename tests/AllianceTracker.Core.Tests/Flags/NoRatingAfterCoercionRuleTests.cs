using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Ratings;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class NoRatingAfterCoercionRuleTests
{
    private static readonly DateTimeOffset Started = OsloTime(2026, 3, 10, 12);

    private static AutonomyDecisionPoint Seclusion(DateTimeOffset startsAt) => new()
    {
        DecisionId = Id(900),
        RuleCode = "NO-4-3",
        FormalDecisionRequiredWithConsent = true,
        StartsAt = startsAt,
        PatientViewRecorded = true,
        PatientInformedOfComplaintRight = true,
    };

    private static SessionPoint RatedAt(DateTimeOffset startsAt) =>
        Session(0, patient: Rating(20)) with { StartsAt = startsAt };

    private static IReadOnlyList<Finding> Evaluate(DateTimeOffset startsAt, DateTimeOffset now, params SessionPoint[] sessions) =>
        Findings(History(sessions) with { AutonomyDecisions = [Seclusion(startsAt)] }, RuleIds.NoRatingAfterCoercion, now: now);

    [Test]
    public void Not_checked_before_72_hours_have_passed()
    {
        Assert.That(Evaluate(Started, Started.AddHours(72)), Is.Empty);
    }

    [Test]
    public void No_rating_within_72_hours_is_a_finding()
    {
        var declined = Session(0, reason: NonResponseReason.Declined) with { StartsAt = Started.AddHours(20) };

        var finding = Evaluate(Started, Started.AddHours(73), declined).Single();

        Assert.That(finding.Inputs["sessionsInWindow"], Is.EqualTo("1"));
        Assert.That(finding.Inputs["sessionsWithReasonForNoRating"], Is.EqualTo("1"));
        Assert.That(finding.ExplanationEn, Is.EqualTo(
            "The patient gave no rating in the 72 hours after the NO-4-3 measure started 2026-03-10 12:00 (1 sessions in that time, 1 with a recorded reason for no rating)."));
    }

    [Test]
    public void A_rating_at_exactly_72_hours_counts()
    {
        Assert.That(Evaluate(Started, Later, RatedAt(Started.AddHours(72))), Is.Empty);
    }

    [Test]
    public void A_rating_a_minute_after_72_hours_is_too_late()
    {
        Assert.That(Evaluate(Started, Later, RatedAt(Started.AddHours(72).AddMinutes(1))), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_rating_before_the_measure_does_not_count()
    {
        Assert.That(Evaluate(Started, Later, RatedAt(Started.AddMinutes(-1))), Has.Count.EqualTo(1));
    }

    [Test]
    public void Hours_are_elapsed_time_across_the_autumn_clock_change()
    {
        // Started Saturday 2026-10-24 12:00 (+02:00, 10:00 UTC); clocks go back at 03:00 on the 25th.
        var started = OsloTime(2026, 10, 24, 12);
        // Tuesday 10:30 (+01:00, 09:30 UTC): 71.5 h elapsed, although the wall clock shows 70.5 h.
        var inTime = OsloTime(2026, 10, 27, 10, 30);
        // Tuesday 11:30 (+01:00, 10:30 UTC): 72.5 h elapsed, although the wall clock shows 71.5 h.
        var late = OsloTime(2026, 10, 27, 11, 30);

        Assert.That(Evaluate(started, Later, RatedAt(inTime)), Is.Empty);
        Assert.That(Evaluate(started, Later, RatedAt(late)), Has.Count.EqualTo(1));
    }
}
