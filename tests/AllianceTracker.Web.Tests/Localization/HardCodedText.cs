using System.Text.RegularExpressions;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>
/// Visible text a Razor page writes itself instead of asking its localizer: words between tags, in the attributes a
/// screen reader or a browser shows (aria-label, title, placeholder, alt) and in a literal page title. Text inside an
/// element with a fixed lang attribute (a language's name in that language, the patient tablet's page, whose script
/// brings the patient's language) or marked translate="no" (the product's name) is not counted; code, scripts and
/// styles are not text.
/// </summary>
public static partial class HardCodedText
{
    public static IReadOnlyList<string> In(string razor)
    {
        var markup = NotText().Replace(razor, string.Empty);
        var between = TextAfterTag().Matches(markup)
            .Select(m => string.Join(" / ", m.Groups["text"].Value.Split('\n').Where(line => !CSharpLine().IsMatch(line)).Select(line => line.Trim())))
            .Where(text => Word().IsMatch(text));
        var attributes = ShownAttribute().Matches(markup).Select(m => m.Groups["text"].Value).Where(text => Word().IsMatch(text));
        var titles = LiteralTitle().Matches(markup).Select(m => m.Groups["text"].Value);
        return [.. between, .. attributes, .. titles];
    }

    /// <summary>Comments, code, scripts, styles, and elements in a fixed language or not to be translated (up to their first closing tag).</summary>
    [GeneratedRegex("""@\*.*?\*@|<(?<tag>script|style|code|pre)\b[^>]*>.*?</\k<tag>>|<(?<own>[a-z][a-z0-9]*)\b[^>]*\s(?:lang="[a-z][^"]*"|translate="no")[^>]*>.*?</\k<own>>""", RegexOptions.Singleline)]
    private static partial Regex NotText();

    /// <summary>An HTML tag (lower-case name, so C# generics are not tags; quoted attribute values may hold "&gt;"), then the text up to the next tag or Razor expression.</summary>
    [GeneratedRegex("""</?[a-z][a-z0-9-]*(?:\s(?:[^<>"]|"[^"]*")*)?/?>(?<text>[^<@]*)""")]
    private static partial Regex TextAfterTag();

    /// <summary>Razor control flow between tags: braces, else, case and default labels and statements.</summary>
    [GeneratedRegex(@"^\s*(\}?\s*else\b.*|case\b.*:|default:|.*[;{}])?\s*$")]
    private static partial Regex CSharpLine();

    [GeneratedRegex(@"\s(?:aria-label|title|placeholder|alt)=""(?<text>[^""@]*)""")]
    private static partial Regex ShownAttribute();

    [GeneratedRegex(@"ViewData\[""Title""\]\s*=\s*\$?""(?<text>[^""]*)""")]
    private static partial Regex LiteralTitle();

    [GeneratedRegex(@"[^\W\d_]{2,}")]
    private static partial Regex Word();
}
