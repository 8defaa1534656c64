using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Instruments.Scoring;
using AllianceTracker.Web.Infrastructure.Validation;

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

    /// <summary>A problem with one answer as the person filling in the form meets it: naming the question, in the page's language.</summary>
    public string Describe(AnswerError error)
    {
        var question = Form.Item(error.ItemKey)?.Texts.GetValueOrDefault(Language)?.Question ?? error.ItemKey;
        return error.Kind switch
        {
            AnswerErrorKind.RequiredMissing => ValidationMessages.Format("Answer the question \"{0}\".", question),
            AnswerErrorKind.TextTooLong => ValidationMessages.Format("The answer to \"{0}\" is too long.", question),
            _ => ValidationMessages.Format("The answer to \"{0}\" does not fit the form.", question),
        };
    }
}
