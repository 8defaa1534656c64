using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Core.Tests.Instruments;

/// <summary>Keeps docs/instrument-pack.schema.json in step with the loader.</summary>
public class PackSchemaTests
{
    private static readonly Lazy<JsonDocument> Schema = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "instrument-pack.schema.json"))));

    private static JsonElement Definition(string name) =>
        name == "pack" ? Schema.Value.RootElement : Schema.Value.RootElement.GetProperty("$defs").GetProperty(name);

    [Test]
    public void The_shipped_pack_validates_against_the_documented_schema()
    {
        using var pack = JsonDocument.Parse(BuiltInInstruments.BordinAllianceCheck.Json);

        Assert.That(new MiniJsonSchema(Schema.Value.RootElement).Validate(pack.RootElement), Is.Empty);
    }

    [Test]
    public void The_schema_check_catches_a_broken_pack()
    {
        var pack = TestPacks.Minimal();
        pack.Remove("code");
        pack.Item("goal1")["subscale"] = "trust";

        using var document = JsonDocument.Parse(pack.ToJsonString());
        var problems = new MiniJsonSchema(Schema.Value.RootElement).Validate(document.RootElement);

        Assert.That(problems, Has.Some.Contain("'code'"));
        Assert.That(problems, Has.Some.Contain("trust"));
    }

    [Test]
    public void The_example_pack_in_the_documentation_loads()
    {
        var documentation = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "instruments.md"));
        var start = documentation.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var end = documentation.IndexOf("```", start, StringComparison.Ordinal);

        var pack = InstrumentPackLoader.Load(documentation[start..end], "docs/instruments.md");

        Assert.That(pack.Code, Is.EqualTo("example-licensed-scale"));
        Assert.That(pack.Forms.Single().Items, Has.Count.EqualTo(2));
    }

    [TestCase("pack", typeof(PackDocument))]
    [TestCase("form", typeof(FormDocument))]
    [TestCase("formTexts", typeof(FormTextsDocument))]
    [TestCase("item", typeof(ItemDocument))]
    [TestCase("response", typeof(ResponseDocument))]
    [TestCase("showIf", typeof(ShowIfDocument))]
    [TestCase("itemTexts", typeof(ItemTextsDocument))]
    public void The_schema_documents_exactly_the_properties_the_loader_reads(string definition, Type documentType)
    {
        var documented = Definition(definition).GetProperty("properties").EnumerateObject().Select(property => property.Name);
        var read = documentType.GetProperties()
            .Where(property => property.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name));

        Assert.That(documented, Is.EquivalentTo(read));
    }

    [TestCase("pack")]
    [TestCase("form")]
    [TestCase("formTexts")]
    [TestCase("item")]
    [TestCase("itemTexts")]
    [TestCase("showIf")]
    [TestCase("response")]
    public void Every_property_the_schema_requires_is_required_by_the_loader(string definition)
    {
        foreach (var name in Definition(definition).GetProperty("required").EnumerateArray().Select(name => name.GetString()!))
        {
            var pack = TestPacks.Minimal();
            Locate(pack, definition).Remove(name);

            Assert.That(TestPacks.Errors(pack), Is.Not.Empty, $"removing '{name}' from {definition}");
        }
    }

    [Test]
    public void The_schema_lists_every_subscale_and_option_the_loader_knows()
    {
        var subscales = Definition("subscale").GetProperty("enum").EnumerateArray().Select(name => name.GetString());
        var options = Definition("response").GetProperty("properties").GetProperty("options").GetProperty("items")
            .GetProperty("enum").EnumerateArray().Select(name => name.GetString());
        var known = Enum.GetValues<AllianceTracker.Core.Instruments.Subscale>().SelectMany(subscale => ChoiceOptions.CodesFor(subscale).Keys).Distinct();

        Assert.That(subscales, Is.EquivalentTo(PackSubscales.Names));
        Assert.That(options, Is.EquivalentTo(known));
    }

    private static JsonObject Locate(JsonObject pack, string definition) => definition switch
    {
        "pack" => pack,
        "form" => pack.PatientForm(),
        "formTexts" => pack.PatientForm()["texts"]!["en"]!.AsObject(),
        "item" => pack.Item("goal1"),
        "itemTexts" => pack.Item("goal1")["texts"]!["en"]!.AsObject(),
        "showIf" => pack.Item("talkedThrough")["showIf"]!.AsObject(),
        "response" => pack.Item("goal1")["response"]!.AsObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, null),
    };

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AllianceTracker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with AllianceTracker.sln) was not found above the test directory.");
    }
}
