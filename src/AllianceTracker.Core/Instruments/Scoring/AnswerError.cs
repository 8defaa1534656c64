namespace AllianceTracker.Core.Instruments.Scoring;

/// <summary>One problem with a rating's answers, naming the item.</summary>
public sealed record AnswerError(string ItemKey, AnswerErrorKind Kind, string Message)
{
    public override string ToString() => $"item '{ItemKey}': {Message}";
}

public enum AnswerErrorKind
{
    UnknownItem,
    OutOfScale,
    NotAnOption,
    RequiredMissing,
    AnsweredWhileHidden,
    WrongAnswerType,
    TextTooLong,
}

/// <summary>Answers that cannot be scored: an unknown item or a value outside an item's range.</summary>
public sealed class RatingAnswersException(IReadOnlyList<AnswerError> errors)
    : Exception("The answers cannot be scored: " + string.Join("; ", errors))
{
    public IReadOnlyList<AnswerError> Errors { get; } = errors;
}
