using System.Xml.Linq;
using AllianceTracker.Reports.Charts;
using AllianceTracker.Reports.Pdf;
using ScottPlot.Plottables;
using UglyToad.PdfPig;

namespace AllianceTracker.Core.Tests.Reports;

public class AllianceChartTests
{
    private static readonly AllianceChartLabels Labels = new("Arbeidsallianse", "Time", "Skår (0–100)", "Pasient", "Terapeut");

    internal static AllianceChart SessionChart(AllianceChartLabels? labels = null) => AllianceChart.BySession(
        [new(1, 60), new(2, 65), new(3, null), new(4, 72), new(5, 80)],
        [new(1, 70), new(2, 71), new(3, 74), new(4, 75), new(5, 78)],
        labels ?? Labels);

    [Test]
    public void Svg_shows_both_series_with_their_names()
    {
        var svg = XDocument.Parse(SessionChart().ToSvg());
        var texts = string.Join(' ', svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));

        Assert.That(texts, Does.Contain("Pasient").And.Contain("Terapeut").And.Contain("Arbeidsallianse"));
        Assert.That(svg.ToString(), Does.Contain("#1F77B4").IgnoreCase.And.Contain("#D62728").IgnoreCase);
    }

    [Test]
    public void A_missing_rating_is_a_gap_and_the_series_are_never_averaged()
    {
        var scatters = SessionChart().CreatePlot().GetPlottables().OfType<Scatter>().ToList();
        var points = scatters.Select(s => s.Data.GetScatterPoints().Select(p => (p.X, p.Y)).ToList()).ToList();

        Assert.That(points, Is.EqualTo(new[]
        {
            new[] { (1.0, 60.0), (2.0, 65.0) },
            new[] { (4.0, 72.0), (5.0, 80.0) },
            new[] { (1.0, 70.0), (2.0, 71.0), (3.0, 74.0), (4.0, 75.0), (5.0, 78.0) },
        }));
        Assert.That(scatters.Select(s => s.LegendText), Is.EqualTo(new[] { "Pasient", string.Empty, "Terapeut" }));
    }

    [Test]
    public void Ratings_by_date_are_placed_on_a_time_axis()
    {
        var start = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(1));
        var chart = AllianceChart.ByDate(
            [new(start, 50), new(start.AddDays(7), 55)],
            [new(start.AddDays(7), 60), new(start, 58)],
            Labels);

        var therapist = chart.CreatePlot().GetPlottables().OfType<Scatter>().Last().Data.GetScatterPoints();

        Assert.That(therapist.Select(p => p.Y), Is.EqualTo(new[] { 58.0, 60.0 }), "sorted by date");
        Assert.That(DateTime.FromOADate(therapist[0].X), Is.EqualTo(start.DateTime));
    }

    [Test]
    public void Ratings_outside_zero_to_hundred_are_rejected()
    {
        Assert.That(() => AllianceChart.BySession([new(1, 101)], [], Labels), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => AllianceChart.BySession([], [new(1, double.NaN)], Labels), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Label_text_is_escaped_in_the_svg()
    {
        var svg = SessionChart(Labels with { Title = "<script>alert(1)</script>" }).ToSvg();

        var document = XDocument.Parse(svg);

        Assert.That(document.Descendants().Select(e => e.Name.LocalName), Has.None.EqualTo("script"));
        Assert.That(svg, Does.Contain("&lt;script&gt;"));
    }

    [Test]
    public void In_a_pdf_the_chart_is_vectors_with_real_text()
    {
        using var document = PdfDocument.Open(PdfTesting.Render(new HeadingBlock("Chart"), SessionChart().ToPdfBlock(), new ParagraphBlock("after the chart")));
        var page = document.GetPage(1);
        // PdfPig's word extractor doubles the letters of ScottPlot's positioned glyph runs; the letters themselves are single.
        var text = page.Text;

        Assert.That(text, Does.Contain("Arbeidsallianse").And.Contain("Pasient").And.Contain("Terapeut").And.Contain("after the chart"));
        Assert.That(page.GetImages(), Is.Empty);
        Assert.That(page.Paths, Has.Count.GreaterThan(10));
    }
}
