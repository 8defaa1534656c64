using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Web.Features.Instruments;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>The patient form as the tablet shows it: in one language, choices with the codes they are answered with.</summary>
public sealed record TabletFormView(
    Guid InstrumentVersionId,
    string Alias,
    string Language,
    IReadOnlyList<string> Languages,
    string Title,
    string Intro,
    IReadOnlyList<TabletItemView> Items);

public sealed record TabletItemView(
    string Key,
    string Type,
    bool Required,
    string Question,
    IReadOnlyList<TabletOptionView> Options,
    int? MaxLength,
    TabletShowIfView? ShowIf);

/// <summary>One answer the patient can tap: a scale value with its anchor, or a choice with its code.</summary>
public sealed record TabletOptionView(int Value, string Label);

public sealed record TabletShowIfView(string Item, IReadOnlyList<int> AnyOf);

/// <summary>Finds the patient form the tablet uses and renders it in a language.</summary>
public sealed class TabletForms(InstrumentForms forms)
{
    /// <summary>
    /// The latest version of the default instrument's patient form: the one new tablet ratings are made with. A licensed
    /// pack an administrator imports is rated with on purpose; it does not replace the form on every ward tablet.
    /// </summary>
    public Task<InstrumentVersion> CurrentAsync(CancellationToken cancellationToken) =>
        forms.ForAsync(Rater.Patient, null, cancellationToken);

    public async Task<InstrumentVersion?> FindAsync(Guid versionId, CancellationToken cancellationToken) =>
        await forms.FindAsync(versionId, cancellationToken) is { Rater: Rater.Patient } form ? form : null;

    /// <summary>The requested language if the form has it, else the preferred one, else Bokmål or the form's first.</summary>
    public static string ChooseLanguage(InstrumentVersion version, params string?[] wanted)
    {
        var languages = version.ReadForm().Texts.Keys;
        return wanted.FirstOrDefault(l => l is not null && languages.Contains(l))
            ?? (languages.Contains("nb") ? "nb" : languages.First());
    }

    public static TabletFormView Render(InstrumentVersion version, string alias, string language)
    {
        var form = version.ReadForm();
        var texts = form.Texts[language];
        return new TabletFormView(
            version.Id,
            alias,
            language,
            form.Texts.Keys.ToList(),
            texts.Title,
            texts.Intro,
            form.Items.Select(item => RenderItem(form, item, language)).ToList());
    }

    private static TabletItemView RenderItem(PackForm form, PackItem item, string language)
    {
        var texts = item.Texts[language];
        var codes = ChoiceOptions.CodesFor(item.Subscale);
        var (type, options, maxLength) = item.Response switch
        {
            ScaleResponse scale => ("scale",
                Enumerable.Range(scale.Min, scale.Max - scale.Min + 1).Select(v => new TabletOptionView(v, texts.Anchors[v])).ToList(),
                (int?)null),
            ChoiceResponse choice => ("choice",
                choice.Options.Select(o => new TabletOptionView(codes[o], texts.Options[o])).ToList(), null),
            FreeTextResponse text => ("text", new List<TabletOptionView>(), text.MaxLength),
            _ => throw new InvalidOperationException($"Unknown response type of item {item.Key}."),
        };
        var showIf = item.ShowIf is { } condition
            ? new TabletShowIfView(condition.Item,
                condition.AnyOf.Select(o => ChoiceOptions.CodesFor(form.Item(condition.Item)!.Subscale)[o]).ToList())
            : null;
        return new TabletItemView(item.Key, type, item.Required, texts.Question, options, maxLength, showIf);
    }
}
