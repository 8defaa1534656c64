using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Web.Features.Ratings;

/// <summary>What the shared rating form partial needs: the form in one language, and the answers given so far.</summary>
public sealed record RatingFormView(
    PackForm Form,
    string Language,
    string Prefix,
    IReadOnlyDictionary<string, int?> Values,
    IReadOnlyDictionary<string, string?> Texts)
{
    public string Title => Form.Texts[Language].Title;
    public string Intro => Form.Texts[Language].Intro;

    public int? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;

    public string? Text(string key) => Texts.TryGetValue(key, out var text) ? text : null;
}
