using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>Validates and builds the items of one form, including their texts and show-if conditions.</summary>
internal sealed partial class PackItemReader(PackErrorSink errors, IReadOnlyList<string> languages, IReadOnlyList<Subscale> claimedSubscales)
{
    public const int MaxFreeTextLength = 10_000;

    public List<PackItem> ReadItems(List<ItemDocument?>? documents, PackLocation formWhere)
    {
        var items = new List<PackItem>();
        if (documents is null || documents.Count == 0)
        {
            errors.Add(PackErrorKind.MissingField, formWhere.Then("items"), "the form has no items.");
            return items;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var orders = new Dictionary<int, string>();
        foreach (var (document, index) in documents.Select((document, index) => (document, index)))
        {
            var where = formWhere.Then("items").At(index);
            if (document is null)
            {
                errors.Add(PackErrorKind.MissingField, where, "the item is empty.");
                continue;
            }

            var key = ReadKey(document.Key, where);
            if (key is not null)
            {
                where = formWhere.Then("items").At(key) with { ItemKey = key };
                if (!keys.Add(key))
                {
                    errors.Add(PackErrorKind.DuplicateItemKey, where, $"item key '{key}' is used more than once in this form.");
                    continue;
                }
            }

            if (document.Order is { } order && !orders.TryAdd(order, key ?? "?"))
            {
                errors.Add(PackErrorKind.DuplicateItemOrder, where.Then("order"), $"order {order} is also used by item '{orders[order]}'.");
            }

            if (ReadItem(document, key, where) is { } item)
            {
                items.Add(item);
            }
        }

        CheckEveryClaimedSubscaleHasItems(documents, formWhere);
        items.Sort((left, right) => left.Order.CompareTo(right.Order));
        CheckShowIfConditions(items, formWhere);
        return items;
    }

    private string? ReadKey(string? key, PackLocation where)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(PackErrorKind.MissingField, where.Then("key"), "'key' is missing.");
            return null;
        }

        if (!errors.WithinLength(key, where.Then("key"), "key", PackLimits.ItemKey))
        {
            return null;
        }

        if (!KeyPattern().IsMatch(key))
        {
            errors.Add(PackErrorKind.InvalidItemKey, where.Then("key"),
                $"item key '{key}' must start with a lower-case letter and hold only letters and digits (it becomes part of text keys such as 'item.{{key}}.anchor.1').");
            return null;
        }

        return key;
    }

    private PackItem? ReadItem(ItemDocument document, string? key, PackLocation where)
    {
        errors.ReportUnknownProperties(document, where);
        if (document.Order is null)
        {
            errors.Add(PackErrorKind.MissingField, where.Then("order"), "'order' is missing.");
        }

        var subscale = ReadSubscale(document.Subscale, where.Then("subscale"));
        var response = ReadResponse(document.Response, subscale, where.Then("response"));
        var showIf = ReadShowIf(document.ShowIf, where.Then("showIf"));
        var texts = errors.Translations(document.Texts, languages, where.Then("texts"), $"item '{key}'",
            (language, text, textWhere) => ReadItemTexts(text, DeclaredType(document.Response), response, textWhere));

        if (key is null || document.Order is null || subscale is null || response is null)
        {
            return null;
        }

        return new PackItem
        {
            Key = key,
            Order = document.Order.Value,
            Subscale = subscale.Value,
            Required = document.Required ?? true,
            Response = response,
            ShowIf = showIf,
            Texts = texts,
        };
    }

    private Subscale? ReadSubscale(string? name, PackLocation where)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(PackErrorKind.MissingField, where, "'subscale' is missing.");
            return null;
        }

        if (!PackSubscales.TryParse(name, out var subscale))
        {
            errors.Add(PackErrorKind.UnknownSubscale, where, PackReader.UnknownSubscaleMessage(name));
            return null;
        }

        if (!claimedSubscales.Contains(subscale))
        {
            errors.Add(PackErrorKind.SubscaleNotClaimed, where,
                $"subscale '{name}' is not listed in the pack's 'subscales'.");
        }

        return subscale;
    }

    private ItemResponse? ReadResponse(ResponseDocument? document, Subscale? subscale, PackLocation where)
    {
        if (document is null)
        {
            errors.Add(PackErrorKind.MissingField, where, "'response' is missing.");
            return null;
        }

        errors.ReportUnknownProperties(document, where);
        var type = DeclaredType(document);
        if (type is null)
        {
            errors.Add(document.Type is null ? PackErrorKind.MissingField : PackErrorKind.UnknownResponseType, where.Then("type"),
                $"response type '{document.Type}' is not one of 'scale', 'choice', 'freeText'.");
            return null;
        }

        if (subscale is not null && PackSubscales.ResponseTypeOf(subscale.Value) != type)
        {
            errors.Add(PackErrorKind.ResponseTypeDoesNotFitSubscale, where.Then("type"),
                $"a '{PackSubscales.NameOf(subscale.Value)}' item must have response type '{TypeName(PackSubscales.ResponseTypeOf(subscale.Value))}', not '{document.Type}'.");
        }

        ReportFieldsThatDoNotApply(document, type.Value, where);
        return type switch
        {
            ResponseType.Scale => ReadScale(document, where),
            ResponseType.Choice => ReadChoice(document, subscale, where),
            _ => ReadFreeText(document, where),
        };
    }

    private void ReportFieldsThatDoNotApply(ResponseDocument document, ResponseType type, PackLocation where)
    {
        var misplaced = new List<string>();
        if (type != ResponseType.Scale && (document.Min is not null || document.Max is not null))
        {
            misplaced.Add("'min'/'max'");
        }

        if (type != ResponseType.Choice && document.Options is not null)
        {
            misplaced.Add("'options'");
        }

        if (type != ResponseType.FreeText && document.MaxLength is not null)
        {
            misplaced.Add("'maxLength'");
        }

        foreach (var field in misplaced)
        {
            errors.Add(PackErrorKind.InvalidValue, where, $"{field} does not apply to a '{TypeName(type)}' response.");
        }
    }

    private ScaleResponse? ReadScale(ResponseDocument document, PackLocation where)
    {
        if (document.Min is null || document.Max is null)
        {
            errors.Add(PackErrorKind.MissingField, where, "a scale needs both 'min' and 'max'.");
            return null;
        }

        if (document.Min >= document.Max)
        {
            errors.Add(PackErrorKind.InvalidScaleRange, where,
                $"the scale's min ({document.Min}) must be less than its max ({document.Max}).");
            return null;
        }

        return new ScaleResponse(document.Min.Value, document.Max.Value);
    }

    private ChoiceResponse? ReadChoice(ResponseDocument document, Subscale? subscale, PackLocation where)
    {
        if (document.Options is null || document.Options.Count == 0)
        {
            errors.Add(PackErrorKind.MissingField, where.Then("options"), "a choice needs 'options'.");
            return null;
        }

        var vocabulary = subscale is null ? null : ChoiceOptions.CodesFor(subscale.Value);
        var options = new List<string>();
        foreach (var option in document.Options)
        {
            if (option is null || (vocabulary is not null && !vocabulary.ContainsKey(option)))
            {
                var allowed = vocabulary is null ? string.Empty : $"; a '{PackSubscales.NameOf(subscale!.Value)}' item may offer {string.Join(", ", vocabulary.Keys.Select(known => $"'{known}'"))}";
                errors.Add(PackErrorKind.UnknownOption, where.Then("options"), $"unknown option '{option}'{allowed}.");
            }
            else if (options.Contains(option, StringComparer.Ordinal))
            {
                errors.Add(PackErrorKind.DuplicateOption, where.Then("options"), $"option '{option}' is listed twice.");
            }
            else
            {
                options.Add(option);
            }
        }

        if (options.Count < 2)
        {
            errors.Add(PackErrorKind.TooFewOptions, where.Then("options"), "a choice needs at least two options.");
        }

        return new ChoiceResponse(options);
    }

    private FreeTextResponse? ReadFreeText(ResponseDocument document, PackLocation where)
    {
        if (document.MaxLength is not (> 0 and <= MaxFreeTextLength))
        {
            errors.Add(PackErrorKind.InvalidMaxLength, where.Then("maxLength"),
                $"'maxLength' must be between 1 and {MaxFreeTextLength} characters, not '{document.MaxLength}'.");
            return null;
        }

        return new FreeTextResponse(document.MaxLength.Value);
    }

    private ShowIfCondition? ReadShowIf(ShowIfDocument? document, PackLocation where)
    {
        if (document is null)
        {
            return null;
        }

        errors.ReportUnknownProperties(document, where);
        if (string.IsNullOrWhiteSpace(document.Item) || document.AnyOf is null || document.AnyOf.Count == 0
            || document.AnyOf.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(PackErrorKind.InvalidShowIf, where, "'showIf' needs an 'item' and a non-empty 'anyOf' list of its options.");
            return null;
        }

        return new ShowIfCondition(document.Item, document.AnyOf.Select(option => option!).ToList());
    }

    private static ResponseType? DeclaredType(ResponseDocument? document) => document?.Type switch
    {
        "scale" => ResponseType.Scale,
        "choice" => ResponseType.Choice,
        "freeText" => ResponseType.FreeText,
        _ => null,
    };

    /// <param name="declaredType">The response type the item states, even when its details were invalid.</param>
    /// <param name="response">The valid response, or null; anchors and labels are checked only against a valid one.</param>
    private ItemTexts? ReadItemTexts(ItemTextsDocument document, ResponseType? declaredType, ItemResponse? response, PackLocation where)
    {
        errors.ReportUnknownProperties(document, where);
        var question = errors.Required(document.Question, where.Then("question"), "question", PackErrorKind.MissingTranslation);
        if (document.Anchors is not null && declaredType is not (ResponseType.Scale or null))
        {
            errors.Add(PackErrorKind.InvalidValue, where.Then("anchors"), "'anchors' apply only to scale items.");
        }

        if (document.Options is not null && declaredType is not (ResponseType.Choice or null))
        {
            errors.Add(PackErrorKind.InvalidValue, where.Then("options"), "option labels apply only to choice items.");
        }

        var anchors = ReadAnchors(document.Anchors, response as ScaleResponse, where.Then("anchors"));
        var options = ReadOptionLabels(document.Options, response as ChoiceResponse, where.Then("options"));
        return question is null ? null : new ItemTexts { Question = question, Anchors = anchors, Options = options };
    }

    private Dictionary<int, string> ReadAnchors(Dictionary<string, string?>? written, ScaleResponse? scale, PackLocation where)
    {
        var anchors = new Dictionary<int, string>();
        if (scale is null)
        {
            return anchors;
        }

        foreach (var (value, text) in written ?? [])
        {
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || number < scale.Min || number > scale.Max)
            {
                errors.Add(PackErrorKind.AnchorOutsideScale, where.At(value),
                    $"anchor '{value}' is not a value of the scale {scale.Min}–{scale.Max}.");
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                anchors[number] = text.Trim();
            }
        }

        for (var value = scale.Min; value <= scale.Max; value++)
        {
            if (!anchors.ContainsKey(value))
            {
                errors.Add(PackErrorKind.MissingAnchor, where, $"no anchor for value {value}; every value of the scale needs words.");
            }
        }

        return anchors;
    }

    private Dictionary<string, string> ReadOptionLabels(Dictionary<string, string?>? written, ChoiceResponse? choice, PackLocation where)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (choice is null)
        {
            return labels;
        }

        foreach (var (option, label) in written ?? [])
        {
            if (!choice.Options.Contains(option, StringComparer.Ordinal))
            {
                errors.Add(PackErrorKind.LabelForUnknownOption, where.At(option), $"a label for '{option}', which is not one of the item's options.");
            }
            else if (!string.IsNullOrWhiteSpace(label))
            {
                labels[option] = label.Trim();
            }
        }

        foreach (var option in choice.Options.Where(option => !labels.ContainsKey(option)))
        {
            errors.Add(PackErrorKind.MissingOptionLabel, where, $"no label for option '{option}'.");
        }

        return labels;
    }

    private void CheckEveryClaimedSubscaleHasItems(List<ItemDocument?> documents, PackLocation formWhere)
    {
        // Items that failed validation elsewhere still count here, so one broken item does not
        // also produce a misleading "no items for this subscale" error.
        var written = documents
            .Select(document => document?.Subscale is { } name && PackSubscales.TryParse(name, out var subscale) ? subscale : (Subscale?)null)
            .OfType<Subscale>()
            .ToHashSet();

        foreach (var subscale in claimedSubscales.Where(claimed => !written.Contains(claimed)))
        {
            errors.Add(PackErrorKind.SubscaleWithoutItems, formWhere.Then("items"),
                $"the pack claims subscale '{PackSubscales.NameOf(subscale)}' but this form has no item for it.");
        }
    }

    private void CheckShowIfConditions(List<PackItem> items, PackLocation formWhere)
    {
        foreach (var item in items.Where(item => item.ShowIf is not null))
        {
            var where = formWhere.Then("items").At(item.Key).Then("showIf") with { ItemKey = item.Key };
            var condition = item.ShowIf!;
            var target = items.FirstOrDefault(other => other.Key == condition.Item);
            if (target is null)
            {
                errors.Add(PackErrorKind.InvalidShowIf, where, $"'showIf' refers to item '{condition.Item}', which this form does not have.");
            }
            else if (target.Order >= item.Order)
            {
                errors.Add(PackErrorKind.InvalidShowIf, where, $"'showIf' refers to item '{condition.Item}', which does not come before this item.");
            }
            else if (target.Response is not ChoiceResponse choice)
            {
                errors.Add(PackErrorKind.InvalidShowIf, where, $"'showIf' refers to item '{condition.Item}', which is not a choice item.");
            }
            else
            {
                foreach (var option in condition.AnyOf.Where(option => !choice.Options.Contains(option, StringComparer.Ordinal)))
                {
                    errors.Add(PackErrorKind.InvalidShowIf, where, $"'showIf' names option '{option}', which item '{condition.Item}' does not offer.");
                }
            }
        }
    }

    private static string TypeName(ResponseType type) => type switch
    {
        ResponseType.Scale => "scale",
        ResponseType.Choice => "choice",
        _ => "freeText",
    };

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex KeyPattern();
}
