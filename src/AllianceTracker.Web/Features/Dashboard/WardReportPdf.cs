using System.Globalization;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Reports.Charts;
using AllianceTracker.Reports.Pdf;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>The weekly ward report: the week beside the week before for every metric, and the last weeks' sessions and completion as charts.</summary>
public static class WardReportPdf
{
    public const int TrendWeeks = 12;

    private static readonly string[] Charted = [MetricCatalog.Sessions, "rating.rated", "ruptures.repaired", MetricCatalog.AutonomyRate];

    public static DashboardRange RangeFor(DateOnly weekStart) =>
        new(weekStart.AddDays(-7 * (TrendWeeks - 1)), weekStart.AddDays(6), DashboardBucket.Week);

    public static PdfDocumentSpec Build(Ward ward, DateOnly weekStart, WardFigures figures, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(ward);
        ArgumentNullException.ThrowIfNull(figures);
        var title = $"Weekly ward report – {ward.Name}";
        var week = $"{Day(weekStart)} – {Day(weekStart.AddDays(6))}";
        var blocks = new List<PdfBlock>
        {
            new HeadingBlock(title),
            new ParagraphBlock(
                $"Week {week} (ward time, {ward.TimeZoneId}), beside the week before. Aggregates only: a figure drawn from fewer " +
                $"than {SmallNumberSuppression.MinimumPatients} patients shows \"{Figure.SuppressedText}\", and figures that would let it be " +
                "worked out are hidden as well. Definitions: docs/metrics.md."),
        };

        var last = figures.Buckets.Count - 1;
        foreach (var group in figures.Metrics.GroupBy(m => m.Metric.Group))
        {
            blocks.Add(new HeadingBlock(group.Key, 2));
            blocks.Add(new TableBlock(
                [new TableColumn("Metric", 0.46f), new TableColumn("Unit", 0.26f), new TableColumn("Week before", 0.14f), new TableColumn("This week", 0.14f)],
                [.. group.Select(s => (IReadOnlyList<string>)
                [
                    s.Metric.Title, s.Metric.Unit,
                    last > 0 ? s.Buckets[last - 1].Display(s.Metric.Kind) : string.Empty,
                    s.Buckets[last].Display(s.Metric.Kind),
                ])]));
        }

        blocks.Add(new PageBreakBlock());
        blocks.Add(new HeadingBlock($"The last {TrendWeeks} weeks", 2));
        foreach (var series in figures.Metrics.Where(m => Charted.Contains(m.Metric.Key)))
        {
            blocks.Add(DashboardCharts.For(series, figures.Buckets).ToPdfBlock());
        }

        return new PdfDocumentSpec(
            new PdfMetadata(title, "AllianceTracker", $"Ward report {week}", generatedAt),
            new PdfPageFurniture($"{ward.Name} · week {week}", $"Generated {generatedAt:yyyy-MM-dd HH:mm} UTC", "page {0} of {1}"),
            blocks);
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
