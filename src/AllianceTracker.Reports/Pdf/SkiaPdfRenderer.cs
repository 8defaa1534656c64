using System.Globalization;
using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

/// <summary>
/// Renders with SkiaSharp's PDF backend: text stays real, selectable text with the fonts embedded as subsets of the characters used,
/// charts stay vectors. Lays out all pages first so that each footer can say "page X of Y".
/// Thread-safe: every call works on its own fonts and canvas.
/// </summary>
public sealed class SkiaPdfRenderer : IPdfRenderer, IDisposable
{
    private const float FurnitureGap = 12;
    private const float ChartScale = 1.4f;
    private static readonly SKColor TextColor = SKColors.Black;
    private static readonly SKColor FurnitureColor = new(0x55, 0x55, 0x55);

    private readonly byte[] _regularFile;
    private readonly byte[] _boldFile;
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    public SkiaPdfRenderer(FontFiles fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _regularFile = File.ReadAllBytes(fonts.Regular);
        _boldFile = File.ReadAllBytes(fonts.Bold);
        _regular = SKTypeface.FromData(SKData.CreateCopy(_regularFile)) ?? throw new FontNotFoundException($"Cannot read the font file {fonts.Regular}.");
        _bold = SKTypeface.FromData(SKData.CreateCopy(_boldFile)) ?? throw new FontNotFoundException($"Cannot read the font file {fonts.Bold}.");
        PdfChartFont.Register(_regularFile, _boldFile);
    }

    public byte[] Render(PdfDocumentSpec document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ValidatePageNumberFormat(document.Furniture.PageNumberFormat);

        using var typesetter = new Typesetter(_regular, _bold, document.TextScale);
        var pages = new PageLayouter(document.Page, typesetter).Layout(document.Blocks);
        var furniture = Enumerable.Range(1, pages.Count).Select(n => Furniture.Of(typesetter, document, n, pages.Count)).ToList();

        using var regular = SubsetOf(_regularFile, pages, furniture, bold: false);
        using var bold = SubsetOf(_boldFile, pages, furniture, bold: true);
        using var drawing = new Typesetter(regular, bold, document.TextScale);

        using var output = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(output, ToSkia(document.Metadata)))
        {
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(document.Page.Width, document.Page.Height);
                DrawFurniture(canvas, paint, drawing, document.Page, furniture[i]);
                DrawItems(canvas, paint, drawing, pages[i]);
                pdf.EndPage();
            }

            pdf.Close();
        }

        return output.ToArray();
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }

    /// <summary>The font cut down to the characters this document draws with it; measuring uses the whole font, whose widths are the same.</summary>
    private static SKTypeface SubsetOf(byte[] file, IReadOnlyList<LaidOutPage> pages, IReadOnlyList<Furniture> furniture, bool bold)
    {
        var text = pages.SelectMany(p => p.Items).OfType<TextItem>().Where(t => Typesetter.IsBold(t.Role) == bold).Select(t => t.Text);
        if (!bold)
        {
            text = text.Concat(furniture.SelectMany(f => new[] { f.Header, f.Footer, f.PageText }));
        }

        var codepoints = text.SelectMany(t => t.EnumerateRunes()).Select(r => r.Value).Append(' ').Distinct().ToList();
        return FontSubsetter.Subset(file, codepoints) ?? SKTypeface.FromData(SKData.CreateCopy(file));
    }

    private static void DrawItems(SKCanvas canvas, SKPaint paint, Typesetter typesetter, LaidOutPage page)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case TextItem text:
                    paint.Color = TextColor;
                    canvas.DrawText(text.Text, text.X, text.Baseline, typesetter.Font(text.Role), paint);
                    break;
                case RectItem rect:
                    paint.Color = rect.Color;
                    canvas.DrawRect(rect.Rect, paint);
                    break;
                case ChartItem chart:
                    DrawChart(canvas, chart);
                    break;
            }
        }
    }

    private static void DrawChart(SKCanvas canvas, ChartItem chart)
    {
        // A canvas clear makes Skia's PDF backend copy everything drawn so far into a masked form XObject,
        // which duplicates the page's text for text extraction; the plot is drawn over a blank area anyway.
        chart.Plot.RenderManager.ClearCanvasBeforeEachRender = false;
        chart.Plot.Font.Set(PdfChartFont.Name);
        canvas.Save();
        canvas.Translate(chart.Rect.Left, chart.Rect.Top);
        canvas.ClipRect(new SKRect(0, 0, chart.Rect.Width, chart.Rect.Height));

        // The plot is sized for screen pixels; drawn larger and scaled down, its text matches the body text.
        canvas.Scale(1 / ChartScale);
        chart.Plot.Render(canvas, (int)(chart.Rect.Width * ChartScale), (int)(chart.Rect.Height * ChartScale));
        canvas.Restore();
    }

    private static void DrawFurniture(SKCanvas canvas, SKPaint paint, Typesetter typesetter, PdfPageSetup page, Furniture furniture)
    {
        var left = page.MarginLeft;
        var right = page.Width - page.MarginRight;
        var font = typesetter.Font(TextRole.Small);
        var lineHeight = typesetter.LineHeight(TextRole.Small);
        var baselineOffset = typesetter.BaselineOffset(TextRole.Small);
        paint.Color = FurnitureColor;

        var headerTop = page.MarginTop;
        canvas.DrawText(furniture.Header, left, headerTop + baselineOffset, font, paint);
        canvas.DrawRect(new SKRect(left, headerTop + lineHeight + 2, right, headerTop + lineHeight + 2.5f), paint);

        var footerTop = page.Height - page.MarginBottom - lineHeight;
        canvas.DrawRect(new SKRect(left, footerTop - 3, right, footerTop - 2.5f), paint);
        canvas.DrawText(furniture.Footer, left, footerTop + baselineOffset, font, paint);
        canvas.DrawText(furniture.PageText, right - furniture.PageTextWidth, footerTop + baselineOffset, font, paint);
    }

    /// <summary>The header and footer of one page, fitted to its width: known before drawing, so their characters join the font subset.</summary>
    private sealed record Furniture(string Header, string Footer, string PageText, float PageTextWidth)
    {
        public static Furniture Of(Typesetter typesetter, PdfDocumentSpec document, int pageNumber, int pageCount)
        {
            var width = document.Page.Width - document.Page.MarginRight - document.Page.MarginLeft;
            var pageText = typesetter.Printable(
                string.Format(CultureInfo.CurrentCulture, document.Furniture.PageNumberFormat, pageNumber, pageCount), TextRole.Small);
            var pageTextWidth = typesetter.Measure(pageText, TextRole.Small);
            return new Furniture(
                typesetter.FitOneLine(document.Furniture.HeaderText, TextRole.Small, width),
                typesetter.FitOneLine(document.Furniture.FooterText, TextRole.Small, width - pageTextWidth - FurnitureGap),
                pageText,
                pageTextWidth);
        }
    }

    private static void ValidatePageNumberFormat(string format)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, format, 1, 1);
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The page number format must use only {0} (page) and {1} (page count).", nameof(format), e);
        }
    }

    private static SKDocumentPdfMetadata ToSkia(PdfMetadata metadata)
    {
        var skia = SKDocumentPdfMetadata.Default;
        skia.Title = metadata.Title;
        skia.Author = metadata.Author;
        skia.Subject = metadata.Subject;
        skia.Creator = "AllianceTracker";
        skia.Creation = metadata.Created.UtcDateTime;
        skia.Modified = metadata.Created.UtcDateTime;
        skia.PdfA = metadata.PdfA;
        return skia;
    }
}
