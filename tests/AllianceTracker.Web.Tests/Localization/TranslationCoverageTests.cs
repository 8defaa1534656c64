using System.Text.RegularExpressions;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>
/// Every text a staff page asks its localizer for has a Bokmål translation next to the page, with the same placeholders,
/// every visible text of a page goes through the localizer, and every enum that has display names has them for all its
/// values in both languages: an untranslated or hard-coded string fails here.
/// </summary>
public partial class TranslationCoverageTests
{
    private static readonly string Features = RepositoryRoot.File("src", "AllianceTracker.Web", "Features");
    private static readonly string Localization = RepositoryRoot.File("src", "AllianceTracker.Web", "Infrastructure", "Localization");

    public static IEnumerable<TestCaseData> LocalizedPages() =>
        Directory.EnumerateFiles(Features, "*.cshtml", SearchOption.AllDirectories)
            .Where(page => KeysUsedIn(page).Count > 0)
            .Order(StringComparer.Ordinal)
            .Select(page => new TestCaseData(Path.GetRelativePath(Features, page)).SetArgDisplayNames(Path.GetRelativePath(Features, page)));

    [Test]
    public void The_pages_ask_their_localizer_for_texts()
    {
        Assert.That(LocalizedPages().Count(), Is.GreaterThanOrEqualTo(10));
    }

    [TestCaseSource(nameof(LocalizedPages))]
    public void Every_text_of_the_page_has_a_Bokmal_translation_with_the_same_placeholders(string page)
    {
        var path = Path.Combine(Features, page);
        var resource = Path.ChangeExtension(path, null) + ".nb.resx";
        Assert.That(File.Exists(resource), Is.True, $"{page} has no Bokmål resource next to it");

        var translations = ResxEntries.Read(resource);
        var used = KeysUsedIn(path);
        Assert.Multiple(() =>
        {
            foreach (var key in used)
            {
                Assert.That(translations.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text), Is.True, $"'{key}' is not translated");
                if (text is not null)
                {
                    Assert.That(Placeholders(text), Is.EqualTo(Placeholders(key)), $"the placeholders of '{key}'");
                }
            }

            Assert.That(translations.Keys.Except(used), Is.Empty, "translations no page asks for");
            Assert.That(translations.Keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).Where(keys => keys.Count() > 1).Select(keys => keys.Key),
                Is.Empty, "texts that differ only in letter case: resources ignore case, so all but one are lost");
        });
    }

    public static IEnumerable<TestCaseData> AllPages() =>
        Directory.EnumerateFiles(Features, "*.cshtml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(page => new TestCaseData(Path.GetRelativePath(Features, page)).SetArgDisplayNames(Path.GetRelativePath(Features, page)));

    [TestCaseSource(nameof(AllPages))]
    public void The_page_asks_its_localizer_for_every_visible_text(string page)
    {
        Assert.That(HardCodedText.In(File.ReadAllText(Path.Combine(Features, page))), Is.Empty,
            $"{page} shows text that stays English under a Bokmål UI; wrap it in Localizer[...] and translate it in the .nb.resx");
    }

    [Test]
    public void A_hard_coded_heading_link_button_label_or_title_is_found()
    {
        const string page = """
            @page
            @{
                ViewData["Title"] = $"Inbox – {Model.Alias}";
            }
            <h1>Inbox</h1>
            <p>@Localizer["Translated"] <a href="/Patients/@Model.Id">Back to the timeline</a>.</p>
            @if (Model.Items.Count > 0)
            {
                <button type="submit" aria-label="Close the list">@Localizer["Close"]</button>
            }
            else
            {
                <label for="x" class="@(Model.Count > 0 ? "a" : "b")">Note</label>
            }
            @switch (Model.Outcome)
            {
                case Outcome.Stored:
                    <p>@Localizer["Stored"]</p>
                    break;
                default:
                    <p>Nothing stored</p>
                    break;
            }
            <option value="en" lang="en">English</option>
            <a class="brand" href="/" translate="no">AllianceTracker</a>
            <code>Demo:Password</code>
            """;

        Assert.That(HardCodedText.In(page), Is.EquivalentTo(new[] { "Inbox", "Back to the timeline", "Note", "Nothing stored", "Close the list", "Inbox – {Model.Alias}" }));
    }

    [Test]
    public void Every_value_of_an_enum_with_display_names_is_named_in_both_languages()
    {
        var english = ResxEntries.Read(Path.Combine(Localization, "EnumNames.resx"));
        var bokmal = ResxEntries.Read(Path.Combine(Localization, "EnumNames.nb.resx"));
        var enums = english.Keys.Select(key => key.Split('.')[0]).Distinct()
            .Select(name => typeof(SessionKind).Assembly.GetTypes().Single(type => type.IsEnum && type.Name == name))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(enums, Has.Count.GreaterThanOrEqualTo(10));
            foreach (var value in enums.SelectMany(type => Enum.GetValues(type).Cast<Enum>()))
            {
                var key = Web.Infrastructure.Localization.EnumNames.KeyOf(value);
                Assert.That(english.ContainsKey(key), Is.True, $"{key} has no English name");
                Assert.That(bokmal.ContainsKey(key), Is.True, $"{key} has no Bokmål name");
            }

            Assert.That(bokmal.Keys, Is.EquivalentTo(english.Keys));
        });
    }

    private static HashSet<string> KeysUsedIn(string page) =>
        LocalizerKey().Matches(File.ReadAllText(page)).Select(m => Regex.Unescape(m.Groups["key"].Value)).ToHashSet();

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex("""Localizer\["(?<key>(?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
