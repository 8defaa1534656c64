using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AllianceTracker.Core.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>docs/metrics.md, built into the application, so every definition is one click from its figure.</summary>
[Authorize(Policy = StaffRole.WardManager)]
public partial class DefinitionsModel : PageModel
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(DefinitionsModel).Assembly.GetManifestResourceStream("AllianceTracker.Web.metrics.md")
            ?? throw new InvalidOperationException("docs/metrics.md is not built into the application.");
        using var reader = new StreamReader(stream);
        return MarkdownToHtml(reader.ReadToEnd());
    });

    public string Definitions => Html.Value;

    public void OnGet()
    {
    }

    /// <summary>
    /// The little Markdown metrics.md uses: headings (a heading's id is the metric key in its backticks), paragraphs,
    /// bullet lists, <c>`code`</c> and <c>**bold**</c>. Everything is HTML-encoded first.
    /// </summary>
    public static string MarkdownToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = new StringBuilder();
        foreach (var block in markdown.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Heading().Match(block) is { Success: true } heading)
            {
                var level = heading.Groups["hashes"].Length;
                var text = heading.Groups["text"].Value;
                var id = KeyInHeading().Match(text) is { Success: true } key ? $" id=\"{WebUtility.HtmlEncode(key.Groups[1].Value)}\"" : string.Empty;
                html.Append($"<h{level}{id}>").Append(Inline(text)).Append($"</h{level}>");
            }
            else if (block.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append("<ul>");
                foreach (var item in ("\n" + block).Split("\n- ", StringSplitOptions.RemoveEmptyEntries))
                {
                    html.Append("<li>").Append(Inline(item)).Append("</li>");
                }

                html.Append("</ul>");
            }
            else
            {
                html.Append("<p>").Append(Inline(block)).Append("</p>");
            }
        }

        return html.ToString();
    }

    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        encoded = Code().Replace(encoded, "<code>$1</code>");
        return Bold().Replace(encoded, "<strong>$1</strong>");
    }

    [GeneratedRegex("^(?<hashes>#{1,4}) (?<text>[^\\n]+)$")]
    private static partial Regex Heading();

    [GeneratedRegex("`([a-z0-9.-]+)`")]
    private static partial Regex KeyInHeading();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();
}
