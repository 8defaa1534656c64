using AllianceTracker.Reports.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace AllianceTracker.Core.Tests.Reports;

/// <summary>Builds documents with the fonts of this machine and reads rendered PDFs back.</summary>
internal static class PdfTesting
{
    public const string PageFormat = "page {0} of {1}";

    public static readonly DateTimeOffset Created = new(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<FontFiles> Fonts = new(() => FontLocator.WithDefaults().Find());

    public static byte[] Render(params PdfBlock[] blocks) => Render(Spec(blocks));

    public static byte[] Render(PdfDocumentSpec spec)
    {
        using var renderer = new SkiaPdfRenderer(Fonts.Value);
        return renderer.Render(spec);
    }

    public static PdfDocumentSpec Spec(params PdfBlock[] blocks) => new(
        new PdfMetadata("Alliance summary", "Dr. Ærlig Østby", "Working alliance over time", Created),
        new PdfPageFurniture("Patient P-0042 · 2026-01-01 – 2026-03-01", "Document 1234abcd · SHA-256 9f86d081", PageFormat),
        blocks);

    /// <summary>The words of a page in reading order, joined by single spaces.</summary>
    public static string TextOf(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(TextOf)];
    }

    /// <summary>Each word must lie inside the page margins (header and footer are drawn inside them too).</summary>
    public static void AssertWordsWithinMargins(Page page, PdfPageSetup setup)
    {
        const double tolerance = 0.5;
        foreach (var word in page.GetWords())
        {
            var box = word.BoundingBox;
            Assert.That(
                box.Left >= setup.MarginLeft - tolerance && box.Right <= setup.Width - setup.MarginRight + tolerance &&
                box.Bottom >= setup.MarginBottom - tolerance && box.Top <= setup.Height - setup.MarginTop + tolerance,
                Is.True,
                $"'{word.Text}' on page {page.Number} at {box} is outside the margins");
        }
    }

    /// <summary>Groups words that share a baseline into lines and checks that no two lines overlap vertically.</summary>
    public static void AssertLinesDoNotOverlap(Page page)
    {
        var lines = page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .Select(g => (Bottom: g.Min(w => w.BoundingBox.Bottom), Top: g.Max(w => w.BoundingBox.Top)))
            .OrderBy(l => l.Bottom)
            .ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            Assert.That(lines[i].Bottom, Is.GreaterThanOrEqualTo(lines[i - 1].Top - 0.01), $"text lines overlap on page {page.Number}");
        }
    }
}
