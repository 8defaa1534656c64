using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Tests.Instruments;

public class InstrumentPackMapperTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_pack_becomes_an_instrument_with_one_version_per_form()
    {
        var pack = BuiltInInstruments.BordinAllianceCheck.Load();

        var instrument = InstrumentPackMapper.ToInstrument(pack, ImportedAt);

        Assert.That(instrument.Code, Is.EqualTo("bordin-alliance-check"));
        Assert.That(instrument.Name, Is.EqualTo("Bordin alliance check"));
        Assert.That(instrument.Versions.Select(version => version.Rater), Is.EqualTo(new[] { Rater.Patient, Rater.Therapist }));
        foreach (var version in instrument.Versions)
        {
            Assert.That(version.InstrumentId, Is.EqualTo(instrument.Id));
            Assert.That(version.Version, Is.EqualTo("1.0"));
            Assert.That(version.PackJson, Is.SameAs(BuiltInInstruments.BordinAllianceCheck.Json));
            Assert.That(version.ImportedAt, Is.EqualTo(ImportedAt));
            Assert.That(version.IsLocked, Is.False);
            Assert.That(version.Reliability, Is.EqualTo(0.85));
            Assert.That(version.NormativeSd, Is.EqualTo(pack.NormativeSd));
            Assert.That(version.LicenceNote, Is.EqualTo(pack.Licence));
            Assert.That(version.Items.Select(item => item.InstrumentVersionId), Is.All.EqualTo(version.Id));
            Assert.That(version.Texts.Select(text => text.InstrumentVersionId), Is.All.EqualTo(version.Id));
        }
    }

    [Test]
    public void Items_keep_key_order_subscale_range_and_whether_they_are_required()
    {
        var version = InstrumentPackMapper.ToInstrument(TestPacks.Load(TestPacks.Minimal()), ImportedAt).Versions.Single();

        Assert.That(version.Items.Select(item => (item.Key, item.Order, item.Subscale, item.ScaleMin, item.ScaleMax, item.IsRequired)), Is.EqualTo(new[]
        {
            ("goal1", 1, Subscale.Goal, 1, 3, true),
            ("rupture", 2, Subscale.Rupture, 0, 2, true),
            ("talkedThrough", 3, Subscale.RuptureTalkedThrough, 0, 1, true),
            ("wants", 4, Subscale.FreeText, 0, 0, false),
        }));
    }

    [Test]
    public void Texts_are_stored_under_the_documented_keys()
    {
        var version = InstrumentPackMapper.ToInstrument(TestPacks.Load(TestPacks.Minimal()), ImportedAt).Versions.Single();
        var english = version.Texts.Where(text => text.Language == "en").ToDictionary(text => text.Key, text => text.Text);

        Assert.That(english, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["title"] = "Title",
            ["intro"] = "Intro",
            ["item.goal1"] = "Goal?",
            ["item.goal1.anchor.1"] = "No",
            ["item.goal1.anchor.2"] = "Partly",
            ["item.goal1.anchor.3"] = "Yes",
            ["item.rupture"] = "Rupture?",
            ["item.rupture.option.no"] = "No",
            ["item.rupture.option.aLittle"] = "A little",
            ["item.rupture.option.aLot"] = "A lot",
            ["item.talkedThrough"] = "Talked?",
            ["item.talkedThrough.option.yes"] = "Yes",
            ["item.talkedThrough.option.no"] = "No",
            ["item.wants"] = "What do you want?",
        }));
        Assert.That(version.Texts.Count(text => text.Language == "nb"), Is.EqualTo(english.Count));
    }

    [Test]
    public void A_stored_version_gives_back_its_full_form()
    {
        var version = InstrumentPackMapper.ToInstrument(TestPacks.Load(TestPacks.Minimal()), ImportedAt).Versions.Single();

        var form = version.ReadForm();

        Assert.That(form.Rater, Is.EqualTo(Rater.Patient));
        Assert.That(form.Item("talkedThrough")!.ShowIf!.Item, Is.EqualTo("rupture"));
        Assert.That(form.Item("wants")!.Response, Is.EqualTo(new FreeTextResponse(20)));
    }

    [Test]
    public void A_version_reads_its_pack_once_and_again_only_when_its_pack_text_is_replaced()
    {
        var version = InstrumentPackMapper.ToInstrument(TestPacks.Load(TestPacks.Minimal()), ImportedAt).Versions.Single();
        var longer = TestPacks.Minimal();
        longer.Item("wants")["response"]!["maxLength"] = 30;

        var first = version.ReadForm();
        var again = version.ReadForm();
        version.PackJson = longer.ToJsonString();
        var afterReplacement = version.ReadForm();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.SameAs(first));
            Assert.That(afterReplacement, Is.Not.SameAs(first));
            Assert.That(afterReplacement.Item("wants")!.Response, Is.EqualTo(new FreeTextResponse(30)));
        });
    }

    [Test]
    public void Asking_for_a_form_the_pack_does_not_have_is_an_error()
    {
        var pack = TestPacks.Load(TestPacks.Minimal());

        Assert.Throws<ArgumentException>(() => InstrumentPackMapper.ToVersion(pack, Rater.Therapist, Guid.NewGuid(), ImportedAt));
    }

    [Test]
    public void Choice_codes_translate_to_the_rating_fields()
    {
        Assert.That(ChoiceOptions.CodesFor(Subscale.Rupture).Select(option => ChoiceOptions.ToRuptureAnswer(option.Value)),
            Is.EqualTo(new[] { RuptureAnswer.No, RuptureAnswer.ALittle, RuptureAnswer.ALot }));
        Assert.That(ChoiceOptions.CodesFor(Subscale.RuptureTalkedThrough).ToDictionary(option => option.Key, option => ChoiceOptions.ToTalkedThrough(option.Value)),
            Is.EquivalentTo(new Dictionary<string, bool> { ["no"] = false, ["yes"] = true }));
        Assert.That(ChoiceOptions.CodesFor(Subscale.Agreement).Select(option => ChoiceOptions.ToAgreementPosition(option.Value)), Is.EqualTo(new[]
        {
            AgreementPosition.Agrees, AgreementPosition.AcceptsButDoesNotAgree, AgreementPosition.Disagrees, AgreementPosition.NoDecisionToday,
        }));
        Assert.That(ChoiceOptions.CodesFor(Subscale.Goal), Is.Empty);
    }
}
