using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class RuptureEpisodeTests
{
    // Baseline before session 4: 20, 22, 21 → mean 21, SD 1. Session 4 at 18 is 3 SD below: a probable drop opens the episode.
    private static readonly SessionPoint[] DropAtSessionFour = PatientTotals(20, 22, 21, 18);

    private static PatientHistory After(params SessionPoint[] later) => History([.. DropAtSessionFour, .. later]);

    [Test]
    public void A_score_back_within_one_sd_of_the_baseline_repairs()
    {
        // 20.5 is (20.5 − 21) / 1 = −0.5 SD from the episode baseline.
        var episode = Episodes(After(Session(4, patient: Rating(20.5)))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(episode.Status, Is.EqualTo(RuptureStatus.Repaired));
            Assert.That(episode.OpenedBySessionId, Is.EqualTo(Id(4)));
            Assert.That(episode.OpenedByRuleId, Is.EqualTo(RuleIds.DropFromBaseline));
            Assert.That(episode.ClosedBySessionId, Is.EqualTo(Id(5)));
            Assert.That(episode.BaselineMean, Is.EqualTo(21));
            Assert.That(episode.BaselineSd, Is.EqualTo(1));
            Assert.That(episode.EpisodeKey, Is.EqualTo($"rupture:patient:{Id(4):N}"));
        });
    }

    [Test]
    public void A_score_exactly_one_sd_below_is_not_yet_repaired()
    {
        // 20 is exactly 1 SD below 21: still a drop by the rule's own measure, so not a repair.
        var episode = Episodes(After(Session(4, patient: Rating(20)))).Single();

        Assert.That(episode.Status, Is.EqualTo(RuptureStatus.Open));
    }

    [Test]
    public void Talked_through_in_a_later_session_repairs()
    {
        var talkedThrough = Rating(18) with { Rupture = RuptureAnswer.ALittle, RuptureTalkedThrough = true };

        var episodes = Episodes(After(Session(4, patient: Rating(18)), Session(5, patient: talkedThrough)));

        Assert.That(episodes[0].Status, Is.EqualTo(RuptureStatus.Repaired));
        Assert.That(episodes[0].ClosedBySessionId, Is.EqualTo(Id(6)));
    }

    [Test]
    public void Talked_through_in_the_same_session_repairs_at_once()
    {
        var history = History(Session(0, patient: Rating(20) with { Rupture = RuptureAnswer.ALot, RuptureTalkedThrough = true }));

        var episode = Episodes(history).Single();

        Assert.That(episode.Status, Is.EqualTo(RuptureStatus.Repaired));
        Assert.That(episode.ClosedBySessionId, Is.EqualTo(Id(1)));
        Assert.That(episode.BaselineMean, Is.Null);
    }

    [Test]
    public void Three_sessions_without_repair_leave_it_unrepaired()
    {
        // Three later sessions: no rating, a declined rating, and 19 (−2 SD from baseline 21): none repairs.
        var history = After(Session(4), Session(5, reason: NonResponseReason.Declined), Session(6, patient: Rating(19)));

        var episode = Episodes(history)[0];

        Assert.That(episode.Status, Is.EqualTo(RuptureStatus.Unrepaired));
        Assert.That(episode.ClosedBySessionId, Is.EqualTo(Id(7)));
        Assert.That(episode.ClosedAt, Is.EqualTo(FirstSession.AddDays(6)));
    }

    [Test]
    public void A_repair_in_the_third_session_still_counts()
    {
        var history = After(Session(4), Session(5), Session(6, patient: Rating(21)));

        Assert.That(Episodes(history)[0].Status, Is.EqualTo(RuptureStatus.Repaired));
    }

    [Test]
    public void Fewer_than_three_later_sessions_without_repair_stay_open()
    {
        var episode = Episodes(After(Session(4), Session(5))).Single();

        Assert.That(episode.Status, Is.EqualTo(RuptureStatus.Open));
        Assert.That(episode.ClosedBySessionId, Is.Null);
    }

    [Test]
    public void Further_rupture_findings_while_open_belong_to_the_same_episode()
    {
        var history = After(Session(4, patient: Rating(17) with { Rupture = RuptureAnswer.ALittle }));

        Assert.That(Episodes(history), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_rupture_after_a_repair_opens_a_new_episode()
    {
        var history = After(
            Session(4, patient: Rating(21)),
            Session(5, patient: Rating(21) with { Rupture = RuptureAnswer.ALittle }));

        var episodes = Episodes(history);

        Assert.That(episodes.Select(episode => (episode.OpenedBySessionId, episode.Status)), Is.EqualTo(new[]
        {
            (Id(4), RuptureStatus.Repaired),
            (Id(6), RuptureStatus.Open),
        }));
        Assert.That(episodes[1].OpenedByRuleId, Is.EqualTo(RuleIds.ReportedRupture));
    }

    [Test]
    public void Without_a_baseline_only_talking_it_through_repairs()
    {
        // A reported rupture in the first session has no earlier ratings, so high scores later cannot show repair.
        var history = History(
            Session(0, patient: Rating(10) with { Rupture = RuptureAnswer.ALittle }),
            Session(1, patient: Rating(30)),
            Session(2, patient: Rating(30)),
            Session(3, patient: Rating(30)));

        Assert.That(Episodes(history).Single().Status, Is.EqualTo(RuptureStatus.Unrepaired));
    }

    [Test]
    public void Each_rater_has_their_own_episodes()
    {
        var history = History(
            Session(0, patient: Rating(20), therapist: Rating(25) with { Rupture = RuptureAnswer.ALittle }),
            Session(1, patient: Rating(20) with { Rupture = RuptureAnswer.ALot }, therapist: Rating(25)));

        var episodes = Episodes(history);

        Assert.That(episodes.Select(episode => (episode.Rater, episode.OpenedBySessionId)), Is.EqualTo(new[]
        {
            (Rater.Therapist, Id(1)),
            (Rater.Patient, Id(2)),
        }));
    }

    [Test]
    public void Rater_gap_and_acquiescence_do_not_open_episodes()
    {
        var history = History(Session(0,
            patient: Rating(6) with { MainDecisionAgreement = AllianceTracker.Core.Decisions.AgreementPosition.AcceptsButDoesNotAgree },
            therapist: Rating(30)));

        Assert.That(Episodes(history), Is.Empty);
    }
}
