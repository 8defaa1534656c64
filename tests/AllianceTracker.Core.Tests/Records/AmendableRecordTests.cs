using AllianceTracker.Core.Goals;

namespace AllianceTracker.Core.Tests.Records;

public class AmendableRecordTests
{
    private static readonly Guid Therapist = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Starting_a_record_makes_version_one_without_a_reason()
    {
        var goal = new Goal();
        var first = goal.Start(new GoalContent { PatientWords = "Sove bedre" }, Therapist, Monday);

        Assert.Multiple(() =>
        {
            Assert.That(first.VersionNumber, Is.EqualTo(1));
            Assert.That(first.AmendmentReason, Is.Null);
            Assert.That(goal.CurrentVersion, Is.EqualTo(1));
            Assert.That(goal.CreatedBy, Is.EqualTo(Therapist));
            Assert.That(goal.Current.PatientWords, Is.EqualTo("Sove bedre"));
        });
    }

    [Test]
    public void An_amendment_appends_a_version_and_keeps_every_earlier_one_unchanged()
    {
        var goal = new Goal();
        goal.Start(new GoalContent { PatientWords = "Sove bedre", Agreement = GoalAgreement.NotYetDiscussed }, Therapist, Monday);
        goal.Amend(goal.Current with { Agreement = GoalAgreement.AcceptsButDoesNotAgree }, Colleague, Monday.AddDays(2), "  Discussed in the ward round. ");

        Assert.Multiple(() =>
        {
            Assert.That(goal.Versions.Select(v => v.VersionNumber), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(goal.Versions[0].Content.Agreement, Is.EqualTo(GoalAgreement.NotYetDiscussed));
            Assert.That(goal.Versions[1].Content.Agreement, Is.EqualTo(GoalAgreement.AcceptsButDoesNotAgree));
            Assert.That(goal.Versions[1].RecordedBy, Is.EqualTo(Colleague));
            Assert.That(goal.Versions[1].RecordedAt, Is.EqualTo(Monday.AddDays(2)));
            Assert.That(goal.Versions[1].AmendmentReason, Is.EqualTo("Discussed in the ward round."));
            Assert.That(goal.Current.Agreement, Is.EqualTo(GoalAgreement.AcceptsButDoesNotAgree));
            Assert.That(goal.CurrentVersion, Is.EqualTo(2));
        });
    }

    [Test]
    public void Every_change_gives_a_new_concurrency_stamp()
    {
        var goal = new Goal();
        goal.Start(new GoalContent(), Therapist, Monday);
        var before = goal.ConcurrencyStamp;
        goal.Amend(new GoalContent { Status = GoalStatus.Achieved }, Therapist, Monday, "Achieved");

        Assert.That(goal.ConcurrencyStamp, Is.Not.EqualTo(before));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void An_amendment_must_say_why(string reason)
    {
        var goal = new Goal();
        goal.Start(new GoalContent(), Therapist, Monday);

        Assert.That(() => goal.Amend(new GoalContent(), Therapist, Monday, reason),
            Throws.ArgumentException.With.Message.Contains("must say why"));
        Assert.That(goal.Versions, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_record_cannot_be_amended_before_it_is_started_nor_started_twice()
    {
        var goal = new Goal();
        Assert.That(() => goal.Amend(new GoalContent(), Therapist, Monday, "why"), Throws.InvalidOperationException);

        goal.Start(new GoalContent(), Therapist, Monday);
        Assert.That(() => goal.Start(new GoalContent(), Therapist, Monday), Throws.InvalidOperationException);
    }
}
