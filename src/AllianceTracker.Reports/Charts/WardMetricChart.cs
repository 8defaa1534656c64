using AllianceTracker.Core.Dashboard;
using AllianceTracker.Reports.Pdf;
using ScottPlot;

namespace AllianceTracker.Reports.Charts;

/// <summary>One bucket of a ward metric: its label, and its value unless it is hidden or empty.</summary>
public sealed record WardMetricPoint(string Label, double? Value, bool Suppressed);

/// <summary>
/// One ward metric per bucket as bars. A hidden figure gets no bar but the text "&lt; 5", so a chart never shows
/// what its table hides. The same plot is drawn as SVG for the page and as vectors in the weekly report.
/// </summary>
public sealed class WardMetricChart(string title, string unit, IReadOnlyList<WardMetricPoint> points)
{
    private static readonly Color BarColor = Color.FromHex("#1f5f8b");

    public string FontFamily { get; init; } = AllianceChart.DefaultFontFamily;

    public string ToSvg(int width = 560, int height = 240) => CreatePlot().GetSvgXml(width, height);

    public ChartBlock ToPdfBlock(float height = 180) => new(CreatePlot(), height);

    public Plot CreatePlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        plot.Title(title);
        plot.YLabel(unit);

        var shown = points.Select((p, i) => (Point: p, X: (double)i)).Where(p => !p.Point.Suppressed && p.Point.Value is not null).ToList();
        var top = Math.Max(1, shown.Count == 0 ? 0 : shown.Max(p => p.Point.Value!.Value));
        foreach (var (point, x) in shown)
        {
            var bar = plot.Add.Bar(x, point.Value!.Value);
            bar.Color = BarColor;
        }

        foreach (var (_, x) in points.Select((p, i) => (p, (double)i)).Where(p => p.p.Suppressed))
        {
            var text = plot.Add.Text(Figure.SuppressedText, x, top * 0.05);
            text.LabelAlignment = Alignment.LowerCenter;
            text.LabelFontSize = 11;
        }

        plot.Axes.Bottom.SetTicks([.. points.Select((_, i) => (double)i)], [.. points.Select(p => p.Label)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = points.Count > 8 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = points.Count > 8 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.SetLimits(-0.6, Math.Max(points.Count, 1) - 0.4, 0, top * 1.15);
        return plot;
    }
}
