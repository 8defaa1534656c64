using System.Globalization;
using System.Text;
using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

internal enum TextRole
{
    Body,
    Bold,
    Heading1,
    Heading2,
    Heading3,
    Small,
}

/// <summary>Measures and wraps text with the document's fonts. One instance serves one render.</summary>
internal sealed class Typesetter : IDisposable
{
    private const float LineSpacing = 1.35f;
    private const char ReplacementCharacter = '\uFFFD';
    private const string Ellipsis = "…";

    private readonly Dictionary<TextRole, SKFont> _fonts;

    public Typesetter(SKTypeface regular, SKTypeface bold, float scale = 1f)
    {
        if (scale is < 0.5f or > 3f)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The text scale must be between 0.5 and 3.");
        }

        _fonts = Sizes.ToDictionary(size => size.Key, size => new SKFont(IsBold(size.Key) ? bold : regular, size.Value * scale));
    }

    private static readonly Dictionary<TextRole, float> Sizes = new()
    {
        [TextRole.Body] = 10,
        [TextRole.Bold] = 10,
        [TextRole.Heading1] = 18,
        [TextRole.Heading2] = 14,
        [TextRole.Heading3] = 12,
        [TextRole.Small] = 8,
    };

    public static bool IsBold(TextRole role) => role is not (TextRole.Body or TextRole.Small);

    public SKFont Font(TextRole role) => _fonts[role];

    public float LineHeight(TextRole role) => _fonts[role].Size * LineSpacing;

    /// <summary>Distance from the top of a line box to its baseline, centring the glyphs in the box.</summary>
    public float BaselineOffset(TextRole role)
    {
        var metrics = _fonts[role].Metrics;
        var glyphHeight = metrics.Descent - metrics.Ascent;
        return ((LineHeight(role) - glyphHeight) / 2) - metrics.Ascent;
    }

    public float Measure(string text, TextRole role) => _fonts[role].MeasureText(text);

    /// <summary>
    /// Splits text into lines no wider than <paramref name="width"/>: at hard line breaks, between words,
    /// and inside words that are wider than a line on their own.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, TextRole role, float width)
    {
        var lines = new List<string>();
        foreach (var hardLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapLine(Printable(hardLine, role), role, width, lines);
        }

        return lines;
    }

    /// <summary>The first line of the wrapped text, ending in an ellipsis when anything was cut.</summary>
    public string FitOneLine(string text, TextRole role, float width)
    {
        var lines = Wrap(text, role, width);
        if (lines.Count == 1)
        {
            return lines[0];
        }

        var line = lines[0];
        while (line.Length > 0 && Measure(line + Ellipsis, role) > width)
        {
            line = line[..StringInfo.ParseCombiningCharacters(line)[^1]];
        }

        return line + Ellipsis;
    }

    /// <summary>
    /// Text the font can draw: characters it lacks (emoji, some scripts) become a visible replacement glyph,
    /// control and invisible formatting characters are dropped, tabs become spaces.
    /// </summary>
    public string Printable(string text, TextRole role)
    {
        var typeface = _fonts[role].Typeface;
        var printable = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value == '\t')
            {
                printable.Append(' ');
            }
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue;
            }
            else if (typeface.ContainsGlyph(rune.Value))
            {
                printable.Append(rune.ToString());
            }
            else if (category != UnicodeCategory.NonSpacingMark)
            {
                printable.Append(ReplacementCharacter);
            }
        }

        return printable.ToString();
    }

    private void WrapLine(string line, TextRole role, float width, List<string> lines)
    {
        var current = string.Empty;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (Measure(candidate, role) <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (Measure(current, role) > width)
            {
                var fitting = LongestFittingPrefix(current, role, width);
                lines.Add(fitting);
                current = current[fitting.Length..];
            }
        }

        lines.Add(current);
    }

    /// <summary>The longest run of whole text elements (at least one) that fits the width.</summary>
    private string LongestFittingPrefix(string word, TextRole role, float width)
    {
        var elements = StringInfo.ParseCombiningCharacters(word);
        var length = elements.Length > 1 ? elements[1] : word.Length;
        for (var i = 2; i <= elements.Length; i++)
        {
            var next = i < elements.Length ? elements[i] : word.Length;
            if (Measure(word[..next], role) > width)
            {
                break;
            }

            length = next;
        }

        return word[..length];
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
