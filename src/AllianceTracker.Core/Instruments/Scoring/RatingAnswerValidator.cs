using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Core.Instruments.Scoring;

/// <summary>
/// Checks a rating's answers against its form: every answered item exists and takes that kind of
/// answer, values are on the item's scale or among its options, required items that are shown are
/// answered, items hidden by their show-if condition are not answered, and free text fits.
/// Scale and choice items are answered with numbers (choices with their <see cref="ChoiceOptions"/>
/// code); free-text items with text.
/// </summary>
public static class RatingAnswerValidator
{
    public static IReadOnlyList<AnswerError> Validate(
        InstrumentVersion version,
        IReadOnlyDictionary<string, int?> values,
        IReadOnlyDictionary<string, string?>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Validate(version.ReadForm(), values, texts);
    }

    public static IReadOnlyList<AnswerError> Validate(
        PackForm form,
        IReadOnlyDictionary<string, int?> values,
        IReadOnlyDictionary<string, string?>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        texts ??= new Dictionary<string, string?>();

        var errors = values.Keys.Concat(texts.Keys)
            .Distinct(StringComparer.Ordinal)
            .Where(key => form.Item(key) is null)
            .Select(key => new AnswerError(key, AnswerErrorKind.UnknownItem, "the form has no such item."))
            .ToList();

        foreach (var item in form.Items)
        {
            var shown = IsShown(form, item, values);
            var answered = item.Response is FreeTextResponse
                ? CheckText(item, texts.GetValueOrDefault(item.Key), values.GetValueOrDefault(item.Key), errors)
                : CheckValue(item, values.GetValueOrDefault(item.Key), texts.GetValueOrDefault(item.Key), errors);

            if (answered && !shown)
            {
                errors.Add(new AnswerError(item.Key, AnswerErrorKind.AnsweredWhileHidden,
                    $"answered although it is only asked when '{item.ShowIf!.Item}' is {string.Join(" or ", item.ShowIf.AnyOf)}."));
            }
            else if (!answered && shown && item.Required)
            {
                errors.Add(new AnswerError(item.Key, AnswerErrorKind.RequiredMissing, "a required item is not answered."));
            }
        }

        return errors;
    }

    /// <summary>Whether the item is asked, given the answers so far.</summary>
    public static bool IsShown(PackForm form, PackItem item, IReadOnlyDictionary<string, int?> values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(values);
        if (item.ShowIf is not { } condition)
        {
            return true;
        }

        var codes = ChoiceOptions.CodesFor(form.Item(condition.Item)!.Subscale);
        return values.GetValueOrDefault(condition.Item) is { } answered
            && condition.AnyOf.Any(option => codes[option] == answered);
    }

    private static bool CheckValue(PackItem item, int? value, string? text, List<AnswerError> errors)
    {
        if (!string.IsNullOrEmpty(text))
        {
            errors.Add(new AnswerError(item.Key, AnswerErrorKind.WrongAnswerType, "this item is answered with a number, not text."));
        }

        switch (item.Response, value)
        {
            case (_, null):
                return false;
            case (ScaleResponse scale, { } number) when number < scale.Min || number > scale.Max:
                errors.Add(new AnswerError(item.Key, AnswerErrorKind.OutOfScale, $"{number} is outside the scale {scale.Min}–{scale.Max}."));
                break;
            case (ChoiceResponse choice, { } code) when !choice.Options.Any(option => ChoiceOptions.CodesFor(item.Subscale)[option] == code):
                errors.Add(new AnswerError(item.Key, AnswerErrorKind.NotAnOption,
                    $"{code} is not the code of any option offered ({string.Join(", ", choice.Options.Select(option => $"{option} = {ChoiceOptions.CodesFor(item.Subscale)[option]}"))})."));
                break;
        }

        return true;
    }

    private static bool CheckText(PackItem item, string? text, int? value, List<AnswerError> errors)
    {
        if (value is not null)
        {
            errors.Add(new AnswerError(item.Key, AnswerErrorKind.WrongAnswerType, "a free-text item is answered with text, not a number."));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var maxLength = ((FreeTextResponse)item.Response).MaxLength;
        if (text.Length > maxLength)
        {
            errors.Add(new AnswerError(item.Key, AnswerErrorKind.TextTooLong, $"the text has {text.Length} characters; at most {maxLength} are allowed."));
        }

        return true;
    }
}
