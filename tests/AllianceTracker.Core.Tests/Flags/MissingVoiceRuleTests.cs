using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Ratings;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class MissingVoiceRuleTests
{
    [Test]
    public void One_session_without_voice_is_not_yet_a_finding()
    {
        Assert.That(Findings(History(Session(0, patient: Rating(20)), Session(1), Session(2, patient: Rating(20))), RuleIds.MissingVoice), Is.Empty);
    }

    [Test]
    public void Two_consecutive_sessions_without_rating_or_reason_are_a_finding()
    {
        var finding = Findings(History(Session(0, patient: Rating(20)), Session(1), Session(2)), RuleIds.MissingVoice).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.FindingKey, Is.EqualTo($"voice.missing:{Id(2):N}"));
            Assert.That(finding.SessionId, Is.EqualTo(Id(3)));
            Assert.That(finding.Inputs["consecutiveSessions"], Is.EqualTo("2"));
            Assert.That(finding.ExplanationEn, Does.Contain("in 2 consecutive sessions (from 2026-02-03 10:00 to 2026-02-04 10:00, ward time)"));
            Assert.That(finding.ExplanationNb, Does.Contain("i 2 samtaler på rad"));
        });
    }

    [Test]
    public void A_growing_run_keeps_its_key()
    {
        var twoMissing = Findings(History(Session(0), Session(1)), RuleIds.MissingVoice).Single();
        var threeMissing = Findings(History(Session(0), Session(1), Session(2)), RuleIds.MissingVoice).Single();

        Assert.That(threeMissing.FindingKey, Is.EqualTo(twoMissing.FindingKey));
        Assert.That(threeMissing.Inputs["consecutiveSessions"], Is.EqualTo("3"));
    }

    [Test]
    public void A_recorded_reason_is_the_patient_voice_and_breaks_the_run()
    {
        var history = History(Session(0), Session(1, reason: NonResponseReason.TooUnwell), Session(2), Session(3, reason: NonResponseReason.Declined));

        Assert.That(Findings(history, RuleIds.MissingVoice), Is.Empty);
    }

    [Test]
    public void Separate_runs_are_separate_findings()
    {
        var history = History(Session(0), Session(1), Session(2, patient: Rating(20)), Session(3), Session(4));

        var findings = Findings(history, RuleIds.MissingVoice);

        Assert.That(findings.Select(finding => finding.FindingKey), Is.EqualTo(new[] { $"voice.missing:{Id(1):N}", $"voice.missing:{Id(4):N}" }));
    }

    [Test]
    public void Therapist_ratings_do_not_count_as_the_patient_voice()
    {
        Assert.That(Findings(History(Session(0, therapist: Rating(25)), Session(1, therapist: Rating(25))), RuleIds.MissingVoice), Has.Count.EqualTo(1));
    }
}
