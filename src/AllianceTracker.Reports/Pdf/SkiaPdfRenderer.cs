using System.Globalization;
using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

/// <summary>
/// Renders with SkiaSharp's PDF backend: text stays real, selectable text with the fonts embedded and subset,
/// charts stay vectors. Lays out all pages first so that each footer can say "page X of Y".
/// Thread-safe: every call works on its own fonts and canvas.
/// </summary>
public sealed class SkiaPdfRenderer : IPdfRenderer, IDisposable
{
    private const float FurnitureGap = 12;
    private const float ChartScale = 1.4f;
    private static readonly SKColor TextColor = SKColors.Black;
    private static readonly SKColor FurnitureColor = new(0x55, 0x55, 0x55);

    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    public SkiaPdfRenderer(FontFiles fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _regular = SKTypeface.FromFile(fonts.Regular) ?? throw new FontNotFoundException($"Cannot read the font file {fonts.Regular}.");
        _bold = SKTypeface.FromFile(fonts.Bold) ?? throw new FontNotFoundException($"Cannot read the font file {fonts.Bold}.");
    }

    public byte[] Render(PdfDocumentSpec document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ValidatePageNumberFormat(document.Furniture.PageNumberFormat);

        using var typesetter = new Typesetter(_regular, _bold, document.TextScale);
        var pages = new PageLayouter(document.Page, typesetter).Layout(document.Blocks);

        using var output = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(output, ToSkia(document.Metadata)))
        {
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(document.Page.Width, document.Page.Height);
                DrawFurniture(canvas, paint, typesetter, document, pageNumber: i + 1, pageCount: pages.Count);
                DrawItems(canvas, paint, typesetter, pages[i]);
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
        canvas.Save();
        canvas.Translate(chart.Rect.Left, chart.Rect.Top);
        canvas.ClipRect(new SKRect(0, 0, chart.Rect.Width, chart.Rect.Height));

        // The plot is sized for screen pixels; drawn larger and scaled down, its text matches the body text.
        canvas.Scale(1 / ChartScale);
        chart.Plot.Render(canvas, (int)(chart.Rect.Width * ChartScale), (int)(chart.Rect.Height * ChartScale));
        canvas.Restore();
    }

    private static void DrawFurniture(SKCanvas canvas, SKPaint paint, Typesetter typesetter, PdfDocumentSpec document, int pageNumber, int pageCount)
    {
        var page = document.Page;
        var left = page.MarginLeft;
        var right = page.Width - page.MarginRight;
        var width = right - left;
        var font = typesetter.Font(TextRole.Small);
        var lineHeight = typesetter.LineHeight(TextRole.Small);
        var baselineOffset = typesetter.BaselineOffset(TextRole.Small);
        paint.Color = FurnitureColor;

        var headerTop = page.MarginTop;
        canvas.DrawText(typesetter.FitOneLine(document.Furniture.HeaderText, TextRole.Small, width), left, headerTop + baselineOffset, font, paint);
        canvas.DrawRect(new SKRect(left, headerTop + lineHeight + 2, right, headerTop + lineHeight + 2.5f), paint);

        var footerTop = page.Height - page.MarginBottom - lineHeight;
        var pageText = typesetter.Printable(
            string.Format(CultureInfo.CurrentCulture, document.Furniture.PageNumberFormat, pageNumber, pageCount), TextRole.Small);
        var pageTextWidth = typesetter.Measure(pageText, TextRole.Small);
        var footerText = typesetter.FitOneLine(document.Furniture.FooterText, TextRole.Small, width - pageTextWidth - FurnitureGap);
        canvas.DrawRect(new SKRect(left, footerTop - 3, right, footerTop - 2.5f), paint);
        canvas.DrawText(footerText, left, footerTop + baselineOffset, font, paint);
        canvas.DrawText(pageText, right - pageTextWidth, footerTop + baselineOffset, font, paint);
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
