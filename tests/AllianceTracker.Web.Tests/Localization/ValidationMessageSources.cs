using System.Text.RegularExpressions;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>
/// The English validation messages a C# source writes: the literal given to <c>WithMessage</c>,
/// <c>ValidationMessages.Format</c> or <c>.Translate</c>,
/// <c>RequestValidationException.For</c> (after the field, in either branch of a condition), <c>RequireAmendment</c>,
/// <c>NotInTheFuture</c> or <c>NotTooFarBack</c>, or to one of them through a constant of the same file. These are the
/// keys of ValidationMessages.nb.resx.
/// </summary>
public static partial class ValidationMessageSources
{
    public static IReadOnlyList<string> In(string source)
    {
        var literals = MessageLiteral().Matches(source).Select(m => m.Groups["text"].Value);
        var constants = MessageConstant().Matches(source)
            .Select(m => ConstantValue(source, m.Groups["name"].Value))
            .OfType<string>();
        return [.. literals.Concat(constants).Select(Regex.Unescape)];
    }

    /// <summary>A message written as an interpolated string cannot be a key: its values must be placeholders.</summary>
    public static IReadOnlyList<string> InterpolatedIn(string source) =>
        [.. InterpolatedMessage().Matches(source).Select(m => m.Groups["text"].Value)];

    private static string? ConstantValue(string source, string name) =>
        Regex.Match(source, $"""\b{name}\s*=\s*"(?<text>(?:[^"\\]|\\.)*)";""") is { Success: true } m ? m.Groups["text"].Value : null;

    [GeneratedRegex("""(?:(?:WithMessage|RequireAmendment|NotTooFarBack|ValidationMessages\.Format|ValidationMessages\.Translate)\(\s*|NotInTheFuture\(\s*\w+,\s*|RequestValidationException\.For\(\s*[^,;]+,\s*(?:[^;]*?\?\s*)?)"(?<text>(?:[^"\\]|\\.)*)\x22""")]
    private static partial Regex MessageLiteral();

    [GeneratedRegex("""(?:WithMessage|NotTooFarBack)\((?<name>[A-Za-z_]\w*)\)""")]
    private static partial Regex MessageConstant();

    [GeneratedRegex("""(?:(?:WithMessage|RequireAmendment|NotTooFarBack)\(\s*|NotInTheFuture\(\s*\w+,\s*|RequestValidationException\.For\(\s*[^,;]+,\s*)\$"(?<text>(?:[^"\\]|\\.)*)\x22""")]
    private static partial Regex InterpolatedMessage();
}
