using System.Text.Json.Nodes;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Core.Tests.Instruments;

public class InstrumentPackLoaderTests
{
    [Test]
    public void The_minimal_test_pack_is_valid()
    {
        var pack = TestPacks.Load(TestPacks.Minimal());

        Assert.That(pack.Code, Is.EqualTo("test-pack"));
        Assert.That(pack.Forms.Single().Items.Select(item => item.Key), Is.EqualTo(new[] { "goal1", "rupture", "talkedThrough", "wants" }));
        Assert.That(pack.Forms.Single().Item("talkedThrough")!.ShowIf, Is.Not.Null);
        Assert.That(pack.Forms.Single().Item("wants")!.Required, Is.False);
        Assert.That(pack.Forms.Single().Item("goal1")!.Required, Is.True, "required defaults to true");
    }

    [Test]
    public void A_form_without_its_own_psychometrics_takes_the_packs()
    {
        var pack = TestPacks.Minimal();
        var form = TestPacks.Load(pack).Forms.Single();
        pack.PatientForm()["normativeSd"] = 3.5;
        var overridden = TestPacks.Load(pack).Forms.Single();

        Assert.That(form.Reliability, Is.EqualTo(0.8));
        Assert.That(form.NormativeSd, Is.EqualTo(2.5));
        Assert.That(overridden.NormativeSd, Is.EqualTo(3.5));
    }

    [Test]
    public void Items_are_ordered_by_their_order_not_their_position_in_the_file()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["order"] = 9;

        Assert.That(TestPacks.Load(pack).Forms.Single().Items[^1].Key, Is.EqualTo("goal1"));
    }

    [Test]
    public void Malformed_json_is_reported_with_line_and_position()
    {
        var errors = InstrumentPackLoader.TryLoad("{\n  \"code\": \"x\",\n  \"name\": }", "broken.json").Errors;

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Kind, Is.EqualTo(PackErrorKind.MalformedJson));
        Assert.That(errors[0].SourceName, Is.EqualTo("broken.json"));
        Assert.That(errors[0].Message, Does.Contain("line 3, position 11"));
    }

    [Test]
    public void A_wrongly_typed_value_is_reported_as_malformed_json()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["order"] = "first";

        var error = TestPacks.Errors(pack).Single();
        Assert.That(error.Kind, Is.EqualTo(PackErrorKind.MalformedJson));
        Assert.That(error.Path, Does.Contain("order"));
    }

    [Test]
    public void Load_throws_with_every_error_not_only_the_first()
    {
        var pack = TestPacks.Minimal();
        pack["reliability"] = 1.5;
        pack["normativeSd"] = -1;
        pack.Item("goal1")["subscale"] = "trust";

        var exception = Assert.Throws<InstrumentPackException>(() => TestPacks.Load(pack));

        Assert.That(exception.SourceName, Is.EqualTo(TestPacks.Source));
        Assert.That(exception.Errors.Select(error => error.Kind), Is.SupersetOf(new[]
        {
            PackErrorKind.ReliabilityOutOfRange, PackErrorKind.InvalidNormativeSd, PackErrorKind.UnknownSubscale,
        }));
        Assert.That(exception.Message, Does.Contain(TestPacks.Source).And.Contain("goal1").And.Contain("trust"));
    }

    [Test]
    public void Unsupported_format_version()
    {
        var pack = TestPacks.Minimal();
        pack["formatVersion"] = 2;

        AssertSingleError(pack, PackErrorKind.UnsupportedFormatVersion, "format version 2");
    }

    [Test]
    public void Missing_required_field()
    {
        var pack = TestPacks.Minimal();
        pack.Remove("licence");

        AssertSingleError(pack, PackErrorKind.MissingField, "'licence'");
    }

    [Test]
    public void Misspelt_property_is_reported_not_ignored()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["requried"] = false;

        var error = AssertSingleError(pack, PackErrorKind.UnknownProperty, "'requried'");
        Assert.That(error.ItemKey, Is.EqualTo("goal1"));
    }

    [Test]
    public void Code_with_spaces_is_invalid()
    {
        var pack = TestPacks.Minimal();
        pack["code"] = "Test Pack";

        AssertSingleError(pack, PackErrorKind.InvalidValue, "'Test Pack'");
    }

    // longer than the database columns hold: refused on load rather than failing when stored
    [TestCase("code", PackLimits.Code)]
    [TestCase("name", PackLimits.Name)]
    [TestCase("version", PackLimits.Version)]
    [TestCase("licence", PackLimits.Licence)]
    public void A_value_too_long_to_store_is_invalid(string field, int maximum)
    {
        var pack = TestPacks.Minimal();
        pack[field] = new string('a', maximum + 1);

        AssertSingleError(pack, PackErrorKind.InvalidValue, $"at most {maximum} can be stored");
    }

    [Test]
    public void An_item_key_too_long_to_store_is_invalid()
    {
        var pack = TestPacks.Minimal();
        pack.Item("wants")["key"] = "w" + new string('a', PackLimits.ItemKey);

        AssertSingleError(pack, PackErrorKind.InvalidValue, $"at most {PackLimits.ItemKey} can be stored");
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(-0.2)]
    public void Reliability_outside_zero_to_one(double reliability)
    {
        var pack = TestPacks.Minimal();
        pack["reliability"] = reliability;

        AssertSingleError(pack, PackErrorKind.ReliabilityOutOfRange, "between 0 and 1");
    }

    [Test]
    public void Negative_normative_sd()
    {
        var pack = TestPacks.Minimal();
        pack["normativeSd"] = -3;

        AssertSingleError(pack, PackErrorKind.InvalidNormativeSd, "-3");
    }

    [Test]
    public void No_languages()
    {
        var pack = TestPacks.Minimal();
        pack["languages"] = new JsonArray();

        Assert.That(TestPacks.Errors(pack).Select(error => error.Kind), Does.Contain(PackErrorKind.NoLanguages));
    }

    [Test]
    public void Duplicate_language()
    {
        var pack = TestPacks.Minimal();
        pack["languages"] = new JsonArray("nb", "en", "nb");

        AssertSingleError(pack, PackErrorKind.DuplicateLanguage, "'nb'");
    }

    [Test]
    public void Missing_translation_of_a_question()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["texts"]!["nb"]!.AsObject().Remove("question");

        var error = AssertSingleError(pack, PackErrorKind.MissingTranslation, "question");
        Assert.That(error.ItemKey, Is.EqualTo("goal1"));
        Assert.That(error.Path, Does.Contain("[nb]"));
    }

    [Test]
    public void Missing_language_block_of_an_item()
    {
        var pack = TestPacks.Minimal();
        pack.Item("wants")["texts"]!.AsObject().Remove("en");

        var error = AssertSingleError(pack, PackErrorKind.MissingTranslation, "'en'");
        Assert.That(error.ItemKey, Is.EqualTo("wants"));
    }

    [Test]
    public void A_language_the_pack_brings_needs_every_text()
    {
        var pack = TestPacks.Minimal();
        pack["languages"] = new JsonArray("nb", "en", "se");

        var errors = TestPacks.Errors(pack);

        Assert.That(errors.Select(error => error.Kind), Is.All.EqualTo(PackErrorKind.MissingTranslation));
        Assert.That(errors, Has.Count.EqualTo(5), "the form's texts and each of the four items");
        Assert.That(errors.Select(error => error.Message), Is.All.Contain("'se'"));
    }

    [Test]
    public void Texts_in_an_undeclared_language()
    {
        var pack = TestPacks.Minimal();
        pack.PatientForm()["texts"]!["de"] = new JsonObject { ["title"] = "Titel", ["intro"] = "Einleitung" };

        AssertSingleError(pack, PackErrorKind.UndeclaredLanguage, "'de'");
    }

    [Test]
    public void No_forms()
    {
        var pack = TestPacks.Minimal();
        pack["forms"] = new JsonArray();

        AssertSingleError(pack, PackErrorKind.NoForms, "no forms");
    }

    [Test]
    public void Unknown_rater()
    {
        var pack = TestPacks.Minimal();
        pack.PatientForm()["rater"] = "nurse";

        AssertSingleError(pack, PackErrorKind.UnknownRater, "'nurse'");
    }

    [Test]
    public void Two_forms_for_one_rater()
    {
        var pack = TestPacks.Minimal();
        pack["forms"]!.AsArray().Add(pack.PatientForm().DeepClone());

        AssertSingleError(pack, PackErrorKind.DuplicateForm, "'patient'");
    }

    [Test]
    public void Unknown_subscale()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["subscale"] = "trust";

        var errors = TestPacks.Errors(pack);

        var error = errors.Single(candidate => candidate.Kind == PackErrorKind.UnknownSubscale);
        Assert.That(error.ItemKey, Is.EqualTo("goal1"));
        Assert.That(error.Message, Does.Contain("'trust'").And.Contain("'goal'"));
    }

    [Test]
    public void Unknown_subscale_in_the_packs_claims()
    {
        var pack = TestPacks.Minimal();
        pack["subscales"]!.AsArray().Add("trust");

        AssertSingleError(pack, PackErrorKind.UnknownSubscale, "'trust'");
    }

    [Test]
    public void Subscale_claimed_twice()
    {
        var pack = TestPacks.Minimal();
        pack["subscales"]!.AsArray().Add("goal");

        AssertSingleError(pack, PackErrorKind.DuplicateSubscale, "'goal'");
    }

    [Test]
    public void Item_of_a_subscale_the_pack_does_not_claim()
    {
        var pack = TestPacks.Minimal();
        pack["subscales"] = new JsonArray("goal", "rupture", "ruptureTalkedThrough");

        var error = AssertSingleError(pack, PackErrorKind.SubscaleNotClaimed, "'freeText'");
        Assert.That(error.ItemKey, Is.EqualTo("wants"));
    }

    [Test]
    public void No_items_for_a_claimed_subscale()
    {
        var pack = TestPacks.Minimal();
        pack["subscales"]!.AsArray().Add("bond");

        var error = AssertSingleError(pack, PackErrorKind.SubscaleWithoutItems, "'bond'");
        Assert.That(error.Form, Is.EqualTo(Rater.Patient));
    }

    [Test]
    public void Invalid_item_key()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["key"] = "goal.1";

        AssertSingleError(pack, PackErrorKind.InvalidItemKey, "'goal.1'");
    }

    [Test]
    public void Duplicate_item_key()
    {
        var pack = TestPacks.Minimal();
        var copy = pack.Item("goal1").DeepClone().AsObject();
        copy["order"] = 7;
        pack.PatientForm()["items"]!.AsArray().Add(copy);

        var error = AssertSingleError(pack, PackErrorKind.DuplicateItemKey, "'goal1'");
        Assert.That(error.ItemKey, Is.EqualTo("goal1"));
    }

    [Test]
    public void Duplicate_item_order()
    {
        var pack = TestPacks.Minimal();
        pack.Item("wants")["order"] = 1;

        var error = AssertSingleError(pack, PackErrorKind.DuplicateItemOrder, "'goal1'");
        Assert.That(error.ItemKey, Is.EqualTo("wants"));
    }

    [Test]
    public void Unknown_response_type()
    {
        var pack = TestPacks.Minimal();
        pack.Item("wants")["response"] = new JsonObject { ["type"] = "slider" };

        AssertSingleError(pack, PackErrorKind.UnknownResponseType, "'slider'");
    }

    [Test]
    public void Response_type_that_does_not_fit_the_subscale()
    {
        var pack = TestPacks.Minimal();
        pack.Item("wants")["response"] = new JsonObject { ["type"] = "scale", ["min"] = 1, ["max"] = 2 };
        pack.Item("wants")["texts"]!["nb"]!["anchors"] = new JsonObject { ["1"] = "a", ["2"] = "b" };
        pack.Item("wants")["texts"]!["en"]!["anchors"] = new JsonObject { ["1"] = "a", ["2"] = "b" };

        var error = AssertSingleError(pack, PackErrorKind.ResponseTypeDoesNotFitSubscale, "'freeText'");
        Assert.That(error.ItemKey, Is.EqualTo("wants"));
    }

    [Test]
    public void Field_of_another_response_type()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["response"]!["maxLength"] = 10;

        AssertSingleError(pack, PackErrorKind.InvalidValue, "'maxLength'");
    }

    [TestCase(3, 3)]
    [TestCase(5, 1)]
    public void Scale_min_not_below_max(int min, int max)
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["response"] = new JsonObject { ["type"] = "scale", ["min"] = min, ["max"] = max };

        var error = AssertSingleError(pack, PackErrorKind.InvalidScaleRange, $"min ({min})");
        Assert.That(error.ItemKey, Is.EqualTo("goal1"));
    }

    [Test]
    public void Missing_anchor_for_a_value()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["texts"]!["en"]!["anchors"]!.AsObject().Remove("2");

        var error = AssertSingleError(pack, PackErrorKind.MissingAnchor, "value 2");
        Assert.That(error.ItemKey, Is.EqualTo("goal1"));
        Assert.That(error.Path, Does.Contain("[en]"));
    }

    [Test]
    public void Anchor_for_a_value_outside_the_scale()
    {
        var pack = TestPacks.Minimal();
        pack.Item("goal1")["texts"]!["en"]!["anchors"]!["4"] = "Very";

        AssertSingleError(pack, PackErrorKind.AnchorOutsideScale, "anchor '4'");
    }

    [Test]
    public void Option_outside_the_subscales_vocabulary()
    {
        var pack = TestPacks.Minimal();
        pack.Item("rupture")["response"]!["options"]!.AsArray().Add("sometimes");

        var error = TestPacks.Errors(pack).First();
        Assert.That(error.Kind, Is.EqualTo(PackErrorKind.UnknownOption));
        Assert.That(error.Message, Does.Contain("'sometimes'").And.Contain("'aLittle'"));
    }

    [Test]
    public void Option_listed_twice()
    {
        var pack = TestPacks.Minimal();
        pack.Item("rupture")["response"]!["options"]!.AsArray().Add("no");

        AssertSingleError(pack, PackErrorKind.DuplicateOption, "'no'");
    }

    [Test]
    public void Choice_with_a_single_option()
    {
        var pack = TestPacks.Minimal();
        pack.Item("talkedThrough")["response"]!["options"] = new JsonArray("yes");
        foreach (var language in new[] { "nb", "en" })
        {
            pack.Item("talkedThrough")["texts"]![language]!["options"]!.AsObject().Remove("no");
        }

        AssertSingleError(pack, PackErrorKind.TooFewOptions, "at least two");
    }

    [Test]
    public void Missing_option_label()
    {
        var pack = TestPacks.Minimal();
        pack.Item("rupture")["texts"]!["nb"]!["options"]!.AsObject().Remove("aLot");

        var error = AssertSingleError(pack, PackErrorKind.MissingOptionLabel, "'aLot'");
        Assert.That(error.Path, Does.Contain("[nb]"));
    }

    [Test]
    public void Label_for_an_option_the_item_does_not_offer()
    {
        var pack = TestPacks.Minimal();
        pack.Item("talkedThrough")["texts"]!["en"]!["options"]!["aLot"] = "A lot";

        AssertSingleError(pack, PackErrorKind.LabelForUnknownOption, "'aLot'");
    }

    [TestCase(0)]
    [TestCase(10_001)]
    public void Free_text_length_out_of_bounds(int maxLength)
    {
        var pack = TestPacks.Minimal();
        pack.Item("wants")["response"]!["maxLength"] = maxLength;

        AssertSingleError(pack, PackErrorKind.InvalidMaxLength, "'maxLength'");
    }

    [Test]
    public void Show_if_pointing_to_an_unknown_item()
    {
        var pack = TestPacks.Minimal();
        pack.Item("talkedThrough")["showIf"]!["item"] = "conflict";

        var error = AssertSingleError(pack, PackErrorKind.InvalidShowIf, "'conflict'");
        Assert.That(error.ItemKey, Is.EqualTo("talkedThrough"));
    }

    [Test]
    public void Show_if_pointing_to_a_later_item()
    {
        var pack = TestPacks.Minimal();
        pack.Item("talkedThrough")["order"] = 0;

        AssertSingleError(pack, PackErrorKind.InvalidShowIf, "does not come before");
    }

    [Test]
    public void Show_if_pointing_to_a_scale_item()
    {
        var pack = TestPacks.Minimal();
        pack.Item("talkedThrough")["showIf"]!["item"] = "goal1";

        AssertSingleError(pack, PackErrorKind.InvalidShowIf, "not a choice item");
    }

    [Test]
    public void Show_if_naming_an_option_the_item_does_not_offer()
    {
        var pack = TestPacks.Minimal();
        pack.Item("talkedThrough")["showIf"]!["anyOf"] = new JsonArray("yes");

        AssertSingleError(pack, PackErrorKind.InvalidShowIf, "option 'yes'");
    }

    private static PackError AssertSingleError(JsonObject pack, PackErrorKind kind, string messagePart)
    {
        var errors = TestPacks.Errors(pack);
        Assert.That(errors, Has.Count.EqualTo(1), () => string.Join(Environment.NewLine, errors));
        Assert.That(errors[0].Kind, Is.EqualTo(kind), errors[0].ToString);
        Assert.That(errors[0].Message, Does.Contain(messagePart));
        Assert.That(errors[0].SourceName, Is.EqualTo(TestPacks.Source));
        return errors[0];
    }
}
