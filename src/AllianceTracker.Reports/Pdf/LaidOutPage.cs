using ScottPlot;
using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

/// <summary>Something placed on a page by the layout pass, drawn later by the drawing pass.</summary>
internal abstract record PageItem;

internal sealed record TextItem(string Text, TextRole Role, float X, float Baseline) : PageItem;

internal sealed record RectItem(SKRect Rect, SKColor Color) : PageItem;

internal sealed record ChartItem(Plot Plot, SKRect Rect) : PageItem;

internal sealed class LaidOutPage
{
    public List<PageItem> Items { get; } = [];
}
