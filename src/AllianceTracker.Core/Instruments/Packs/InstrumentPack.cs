namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>A content pack that has been parsed and validated: every text exists in every language.</summary>
public sealed class InstrumentPack
{
    /// <summary>The file or resource the pack came from, used in error messages.</summary>
    public required string SourceName { get; init; }

    /// <summary>The pack exactly as it was read.</summary>
    public required string Json { get; init; }

    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Version { get; init; }
    public required string Licence { get; init; }
    public string? PsychometricsNote { get; init; }
    public required double Reliability { get; init; }
    public required double NormativeSd { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required IReadOnlyList<Subscale> Subscales { get; init; }
    public required IReadOnlyList<PackForm> Forms { get; init; }

    public PackForm? FormFor(Rater rater) => Forms.FirstOrDefault(form => form.Rater == rater);
}

/// <summary>The questionnaire for one rater. Becomes one <see cref="InstrumentVersion"/>.</summary>
public sealed class PackForm
{
    public required Rater Rater { get; init; }

    /// <summary>The form's own value if it gives one, otherwise the pack's.</summary>
    public required double Reliability { get; init; }

    /// <summary>The form's own value if it gives one, otherwise the pack's.</summary>
    public required double NormativeSd { get; init; }

    /// <summary>Title and intro by language.</summary>
    public required IReadOnlyDictionary<string, FormTexts> Texts { get; init; }

    /// <summary>Items in their display order.</summary>
    public required IReadOnlyList<PackItem> Items { get; init; }

    public PackItem? Item(string key) => Items.FirstOrDefault(item => item.Key == key);
}

public sealed record FormTexts(string Title, string Intro);

public sealed class PackItem
{
    public required string Key { get; init; }
    public required int Order { get; init; }
    public required Subscale Subscale { get; init; }

    /// <summary>Required when shown: an item hidden by its <see cref="ShowIf"/> is never required.</summary>
    public required bool Required { get; init; }

    public required ItemResponse Response { get; init; }
    public ShowIfCondition? ShowIf { get; init; }

    /// <summary>Question, anchors and option labels by language.</summary>
    public required IReadOnlyDictionary<string, ItemTexts> Texts { get; init; }
}

public abstract record ItemResponse
{
    public abstract ResponseType Type { get; }
}

/// <summary>A whole-number scale from <see cref="Min"/> to <see cref="Max"/>, every value with a worded anchor.</summary>
public sealed record ScaleResponse(int Min, int Max) : ItemResponse
{
    public override ResponseType Type => ResponseType.Scale;
}

/// <summary>One option of the subscale's vocabulary (see <see cref="ChoiceOptions"/>), in the order shown.</summary>
public sealed record ChoiceResponse(IReadOnlyList<string> Options) : ItemResponse
{
    public override ResponseType Type => ResponseType.Choice;
}

public sealed record FreeTextResponse(int MaxLength) : ItemResponse
{
    public override ResponseType Type => ResponseType.FreeText;
}

/// <summary>The item is shown only when the earlier choice item <see cref="Item"/> was answered with one of <see cref="AnyOf"/>.</summary>
public sealed record ShowIfCondition(string Item, IReadOnlyList<string> AnyOf);

public sealed class ItemTexts
{
    public required string Question { get; init; }

    /// <summary>Scale items: the words for each value.</summary>
    public required IReadOnlyDictionary<int, string> Anchors { get; init; }

    /// <summary>Choice items: the label for each option.</summary>
    public required IReadOnlyDictionary<string, string> Options { get; init; }
}
