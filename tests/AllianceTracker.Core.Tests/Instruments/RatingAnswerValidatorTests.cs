using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Instruments.Scoring;

namespace AllianceTracker.Core.Tests.Instruments;

public class RatingAnswerValidatorTests
{
    private static readonly int RuptureNo = ChoiceOptions.CodesFor(Subscale.Rupture)[ChoiceOptions.No];
    private static readonly int RuptureALot = ChoiceOptions.CodesFor(Subscale.Rupture)[ChoiceOptions.ALot];
    private static readonly int TalkedThroughYes = ChoiceOptions.CodesFor(Subscale.RuptureTalkedThrough)[ChoiceOptions.Yes];

    private static PackForm Form() => TestPacks.Load(TestPacks.Minimal()).Forms.Single();

    private static IReadOnlyList<AnswerError> Validate(Dictionary<string, int?> values, Dictionary<string, string?>? texts = null) =>
        RatingAnswerValidator.Validate(Form(), values, texts);

    [Test]
    public void Complete_answers_without_a_rupture_are_valid()
    {
        Assert.That(Validate(new() { ["goal1"] = 2, ["rupture"] = RuptureNo }), Is.Empty);
    }

    [Test]
    public void Complete_answers_with_a_rupture_talked_through_and_own_words_are_valid()
    {
        var errors = Validate(
            new() { ["goal1"] = 3, ["rupture"] = RuptureALot, ["talkedThrough"] = TalkedThroughYes },
            new() { ["wants"] = "Go home." });

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Unknown_item()
    {
        var errors = Validate(new() { ["goal1"] = 2, ["rupture"] = RuptureNo, ["goal9"] = 1 });

        Assert.That(errors.Single(), Is.EqualTo(new AnswerError("goal9", AnswerErrorKind.UnknownItem, "the form has no such item.")));
    }

    [Test]
    public void Value_outside_the_scale()
    {
        var error = Validate(new() { ["goal1"] = 4, ["rupture"] = RuptureNo }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("goal1", AnswerErrorKind.OutOfScale)));
        Assert.That(error.Message, Does.Contain("1–3"));
    }

    [Test]
    public void Code_that_is_not_one_of_the_items_options()
    {
        var error = Validate(new() { ["goal1"] = 2, ["rupture"] = 7 }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("rupture", AnswerErrorKind.NotAnOption)));
        Assert.That(error.Message, Does.Contain("aLittle = 1"));
    }

    [Test]
    public void Required_item_missing()
    {
        var error = Validate(new() { ["rupture"] = RuptureNo }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("goal1", AnswerErrorKind.RequiredMissing)));
    }

    [Test]
    public void A_conditional_item_is_required_once_it_is_shown()
    {
        var error = Validate(new() { ["goal1"] = 2, ["rupture"] = RuptureALot }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("talkedThrough", AnswerErrorKind.RequiredMissing)));
    }

    [Test]
    public void A_hidden_item_must_not_be_answered()
    {
        var error = Validate(new() { ["goal1"] = 2, ["rupture"] = RuptureNo, ["talkedThrough"] = TalkedThroughYes }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("talkedThrough", AnswerErrorKind.AnsweredWhileHidden)));
        Assert.That(error.Message, Does.Contain("'rupture' is aLittle or aLot"));
    }

    [Test]
    public void Free_text_answered_with_a_number()
    {
        var error = Validate(new() { ["goal1"] = 2, ["rupture"] = RuptureNo, ["wants"] = 1 }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("wants", AnswerErrorKind.WrongAnswerType)));
    }

    [Test]
    public void Scale_item_answered_with_text()
    {
        var error = Validate(new() { ["goal1"] = 2, ["rupture"] = RuptureNo }, new() { ["goal1"] = "fine" }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("goal1", AnswerErrorKind.WrongAnswerType)));
    }

    [Test]
    public void Free_text_longer_than_allowed()
    {
        var error = Validate(new() { ["goal1"] = 2, ["rupture"] = RuptureNo }, new() { ["wants"] = new string('x', 21) }).Single();

        Assert.That((error.ItemKey, error.Kind), Is.EqualTo(("wants", AnswerErrorKind.TextTooLong)));
        Assert.That(error.Message, Does.Contain("21").And.Contain("20"));
    }

    [Test]
    public void Every_error_is_reported()
    {
        var errors = Validate(new() { ["goal1"] = 0, ["rupture"] = RuptureNo, ["talkedThrough"] = 1, ["extra"] = 1 });

        Assert.That(errors.Select(error => error.ItemKey), Is.EquivalentTo(new[] { "extra", "goal1", "talkedThrough" }));
    }

    [Test]
    public void A_stored_version_is_validated_against_the_form_in_its_pack()
    {
        var version = InstrumentPackMapper.ToInstrument(BuiltInInstruments.BordinAllianceCheck.Load(), DateTimeOffset.UnixEpoch)
            .Versions.Single(candidate => candidate.Rater == Rater.Therapist);
        var values = version.Items.Where(item => PackSubscales.IsScored(item.Subscale)).ToDictionary(item => item.Key, _ => (int?)4);
        values["rupture"] = RuptureALot;
        values["mainDecision"] = ChoiceOptions.CodesFor(Subscale.Agreement)[ChoiceOptions.AcceptsButDoesNotAgree];

        var errors = RatingAnswerValidator.Validate(version, values);

        Assert.That(errors.Single().ItemKey, Is.EqualTo("talkedThrough"));
        Assert.That(errors.Single().Kind, Is.EqualTo(AnswerErrorKind.RequiredMissing));
    }
}
