using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Core.Tests.Instruments;

public class BuiltInInstrumentsTests
{
    private static readonly string[] Languages = ["nb", "nn", "en"];

    private static InstrumentPack Pack() => BuiltInInstruments.BordinAllianceCheck.Load();

    [Test]
    public void The_default_instrument_loads_without_errors()
    {
        var result = InstrumentPackLoader.TryLoad(BuiltInInstruments.BordinAllianceCheck.Json, BuiltInInstruments.BordinAllianceCheck.SourceName);

        Assert.That(result.Errors, Is.Empty, () => string.Join(Environment.NewLine, result.Errors));
        Assert.That(result.Pack!.Code, Is.EqualTo("bordin-alliance-check"));
        Assert.That(result.Pack.Version, Is.EqualTo("1.0"));
        Assert.That(result.Pack.Name, Is.EqualTo("Bordin alliance check"));
        Assert.That(BuiltInInstruments.All, Is.EquivalentTo(new[] { BuiltInInstruments.BordinAllianceCheck }));
        Assert.That(BuiltInInstruments.BordinAllianceCheck.SourceName, Does.Contain("bordin-alliance-check"));
    }

    [Test]
    public void It_is_in_bokmal_nynorsk_and_english_with_unvalidated_placeholders()
    {
        var pack = Pack();

        Assert.That(pack.Languages, Is.EqualTo(Languages));
        Assert.That(pack.Reliability, Is.EqualTo(0.85));
        Assert.That(pack.NormativeSd, Is.GreaterThan(0));
        Assert.That(pack.PsychometricsNote, Does.StartWith("Not validated"));
    }

    [TestCase(Rater.Patient)]
    [TestCase(Rater.Therapist)]
    public void Each_form_has_two_one_to_five_items_per_scored_subscale(Rater rater)
    {
        var form = Pack().FormFor(rater)!;

        foreach (var subscale in new[] { Subscale.Goal, Subscale.Task, Subscale.Bond })
        {
            var items = form.Items.Where(item => item.Subscale == subscale).ToList();
            Assert.That(items, Has.Count.EqualTo(2), subscale.ToString);
            Assert.That(items.Select(item => item.Response), Is.All.EqualTo(new ScaleResponse(1, 5)));
        }
    }

    [TestCase(Rater.Patient)]
    [TestCase(Rater.Therapist)]
    public void Each_form_asks_about_rupture_repair_agreement_and_own_words(Rater rater)
    {
        var form = Pack().FormFor(rater)!;

        Assert.That(((ChoiceResponse)form.Item("rupture")!.Response).Options, Is.EqualTo(new[] { "no", "aLittle", "aLot" }));
        Assert.That(form.Item("talkedThrough")!.ShowIf, Is.EqualTo(new ShowIfCondition("rupture", ["aLittle", "aLot"])).Using<ShowIfCondition>(SameCondition));
        Assert.That(((ChoiceResponse)form.Item("mainDecision")!.Response).Options,
            Is.EqualTo(new[] { "agrees", "acceptsButDoesNotAgree", "disagrees", "noDecisionToday" }));
        Assert.That(form.Items.Where(item => item.Subscale == Subscale.FreeText).Select(item => (item.Key, item.Required)),
            Is.EqualTo(new[] { ("wants", false), ("agreeOn", false) }));
    }

    [TestCase(Rater.Patient, "en", "rupture", "Was there a moment today when things went wrong between us?")]
    [TestCase(Rater.Patient, "en", "wants", "What do you want?")]
    [TestCase(Rater.Patient, "en", "agreeOn", "What can we agree on?")]
    [TestCase(Rater.Patient, "nb", "wants", "Hva vil du?")]
    [TestCase(Rater.Patient, "nn", "wants", "Kva vil du?")]
    public void Key_questions_have_the_agreed_wording(Rater rater, string language, string itemKey, string question)
    {
        Assert.That(Pack().FormFor(rater)!.Item(itemKey)!.Texts[language].Question, Is.EqualTo(question));
    }

    [TestCase(Rater.Patient)]
    [TestCase(Rater.Therapist)]
    public void Every_text_exists_in_every_language(Rater rater)
    {
        var texts = InstrumentPackMapper.TextsOf(Pack().FormFor(rater)!).ToList();
        var keysByLanguage = Languages.ToDictionary(language => language, language => texts.Where(text => text.Language == language).Select(text => text.Key).ToHashSet());

        // title + intro + 6 scale items × (question + 5 anchors) + rupture (1 + 3) + talked through (1 + 2)
        // + decision (1 + 4) + 2 free-text questions
        const int expectedPerLanguage = 2 + 6 * 6 + 4 + 3 + 5 + 2;
        Assert.That(texts, Has.Count.EqualTo(expectedPerLanguage * Languages.Length));
        foreach (var language in Languages)
        {
            Assert.That(keysByLanguage[language], Has.Count.EqualTo(expectedPerLanguage), language);
            Assert.That(keysByLanguage[language], Is.EquivalentTo(keysByLanguage["en"]), language);
        }

        Assert.That(texts.Select(text => text.Text), Is.All.Not.Empty);
    }

    [Test]
    public void The_patient_and_therapist_forms_are_parallel()
    {
        var pack = Pack();

        static IEnumerable<(string, int, Subscale, bool, ResponseType)> Shape(PackForm form) =>
            form.Items.Select(item => (item.Key, item.Order, item.Subscale, item.Required, item.Response.Type));

        Assert.That(Shape(pack.FormFor(Rater.Therapist)!), Is.EqualTo(Shape(pack.FormFor(Rater.Patient)!)));
        Assert.That(pack.FormFor(Rater.Therapist)!.Item("goal1")!.Texts["en"].Question, Does.Contain("patient"));
    }

    [TestCase("working alliance")]
    [TestCase("mutually agreed")]
    [TestCase("heard, understood")]
    [TestCase("what matters most")]
    [TestCase("appreciates me")]
    [TestCase("share the same goals")]
    public void It_borrows_no_wording_from_licensed_instruments(string phrase)
    {
        Assert.That(BuiltInInstruments.BordinAllianceCheck.Json, Does.Not.Contain(phrase).IgnoreCase);
    }

    private static bool SameCondition(ShowIfCondition left, ShowIfCondition right) =>
        left.Item == right.Item && left.AnyOf.SequenceEqual(right.AnyOf);
}
