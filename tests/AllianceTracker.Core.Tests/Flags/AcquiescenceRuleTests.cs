using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class AcquiescenceRuleTests
{
    private const AgreementPosition Accepts = AgreementPosition.AcceptsButDoesNotAgree;
    private const AgreementPosition Agrees = AgreementPosition.Agrees;
    private const AgreementPosition NoDecision = AgreementPosition.NoDecisionToday;

    private static PatientHistory Answers(params AgreementPosition?[] positions) =>
        History(positions.Select((position, day) => WithAgreement(day, position)).ToArray());

    [Test]
    public void Each_accept_but_do_not_agree_answer_is_a_finding()
    {
        var findings = Findings(Answers(Agrees, Accepts, AgreementPosition.Disagrees), RuleIds.Acquiescence);

        Assert.That(findings.Select(finding => finding.SessionId), Is.EqualTo(new Guid?[] { Id(2) }));
        Assert.That(findings[0].Severity, Is.EqualTo(FlagSeverity.Low));
    }

    [Test]
    public void A_single_acquiescent_answer_is_not_a_pattern()
    {
        Assert.That(Findings(Answers(Accepts, Agrees, Agrees), RuleIds.AcquiescencePattern), Is.Empty);
    }

    [Test]
    public void Two_of_the_last_three_is_a_pattern()
    {
        // Window at session 3: Accepts, Agrees, Accepts → 2 of 3.
        var finding = Findings(Answers(Accepts, Agrees, Accepts), RuleIds.AcquiescencePattern).Single();

        Assert.That(finding.SessionId, Is.EqualTo(Id(3)));
        Assert.That(finding.Inputs["acquiescentAnswers"], Is.EqualTo("2"));
        Assert.That(finding.Inputs["sessionsWithDecision"], Is.EqualTo("3"));
        Assert.That(finding.ExplanationEn, Does.Contain("in 2 of the last 3 sessions"));
        Assert.That(finding.ExplanationNb, Does.Contain("i 2 av de 3 siste samtalene"));
    }

    [Test]
    public void Two_in_a_row_at_the_start_are_a_pattern()
    {
        // Only two sessions with a decision so far, both acquiescent: 2 of 2.
        var finding = Findings(Answers(Accepts, Accepts), RuleIds.AcquiescencePattern).Single();

        Assert.That(finding.Inputs["sessionsWithDecision"], Is.EqualTo("2"));
    }

    [Test]
    public void An_answer_that_falls_out_of_the_window_no_longer_counts()
    {
        // At session 4 the window is Agrees, Agrees, Accepts → 1 of 3.
        Assert.That(Findings(Answers(Accepts, Agrees, Agrees, Accepts), RuleIds.AcquiescencePattern), Is.Empty);
    }

    [Test]
    public void Sessions_without_a_decision_are_not_in_the_window()
    {
        // Decisions only in sessions 1, 3 and 5: Accepts, Agrees, Accepts → 2 of 3, even though 5 sessions passed.
        var history = Answers(Accepts, NoDecision, Agrees, null, Accepts);

        var finding = Findings(history, RuleIds.AcquiescencePattern).Single();

        Assert.That(finding.SessionId, Is.EqualTo(Id(5)));
    }

    [Test]
    public void The_pattern_is_reported_at_each_acquiescent_answer_that_continues_it()
    {
        var findings = Findings(Answers(Accepts, Accepts, Agrees, Accepts), RuleIds.AcquiescencePattern);

        Assert.That(findings.Select(finding => finding.SessionId), Is.EqualTo(new Guid?[] { Id(2), Id(4) }));
    }
}
