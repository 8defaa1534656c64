namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>One thing wrong with a pack: where (source, form, item, path) and what.</summary>
public sealed record PackError(
    PackErrorKind Kind,
    string SourceName,
    string Path,
    string Message,
    Rater? Form = null,
    string? ItemKey = null)
{
    public override string ToString()
    {
        var where = ItemKey is not null ? $"item '{ItemKey}' ({Path})" : Path;
        return where.Length == 0 ? $"{SourceName}: {Message}" : $"{SourceName}: {where}: {Message}";
    }
}

public enum PackErrorKind
{
    MalformedJson,
    UnsupportedFormatVersion,
    MissingField,
    UnknownProperty,
    InvalidValue,
    ReliabilityOutOfRange,
    InvalidNormativeSd,
    NoLanguages,
    DuplicateLanguage,
    UndeclaredLanguage,
    MissingTranslation,
    NoForms,
    UnknownRater,
    DuplicateForm,
    UnknownSubscale,
    DuplicateSubscale,
    SubscaleNotClaimed,
    SubscaleWithoutItems,
    InvalidItemKey,
    DuplicateItemKey,
    DuplicateItemOrder,
    UnknownResponseType,
    ResponseTypeDoesNotFitSubscale,
    InvalidScaleRange,
    MissingAnchor,
    AnchorOutsideScale,
    UnknownOption,
    DuplicateOption,
    TooFewOptions,
    MissingOptionLabel,
    LabelForUnknownOption,
    InvalidMaxLength,
    InvalidShowIf,
}
