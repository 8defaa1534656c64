using AllianceTracker.Reports.Pdf;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace AllianceTracker.Reports.Charts;

/// <summary>A rating 0–100 at a session number; null when the rating is missing.</summary>
public sealed record SessionRating(int Session, double? Rating);

/// <summary>A rating 0–100 at a point in time; null when the rating is missing.</summary>
public sealed record DatedRating(DateTimeOffset When, double? Rating);

/// <summary>All visible words of the chart, passed in so that each language supplies its own.</summary>
public sealed record AllianceChartLabels(string Title, string XAxis, string YAxis, string PatientSeries, string TherapistSeries);

/// <summary>
/// Patient and therapist alliance ratings as two separate lines (never averaged); a missing rating leaves a gap.
/// The same plot is drawn as SVG for web pages and as vectors in a PDF.
/// </summary>
public sealed class AllianceChart
{
    public const string DefaultFontFamily = "DejaVu Sans";

    private static readonly Color PatientColor = Color.FromHex("#1f77b4");
    private static readonly Color TherapistColor = Color.FromHex("#d62728");

    private readonly IReadOnlyList<(double X, double? Rating)> _patient;
    private readonly IReadOnlyList<(double X, double? Rating)> _therapist;
    private readonly AllianceChartLabels _labels;
    private readonly bool _dateAxis;

    private AllianceChart(
        IReadOnlyList<(double X, double? Rating)> patient,
        IReadOnlyList<(double X, double? Rating)> therapist,
        AllianceChartLabels labels,
        bool dateAxis)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var rating in patient.Concat(therapist).Select(p => p.Rating))
        {
            if (rating is { } value && !(value is >= 0 and <= 100))
            {
                throw new ArgumentOutOfRangeException(nameof(patient), value, "Ratings must lie between 0 and 100.");
            }
        }

        _patient = patient;
        _therapist = therapist;
        _labels = labels;
        _dateAxis = dateAxis;
    }

    public string FontFamily { get; init; } = DefaultFontFamily;

    public static AllianceChart BySession(IEnumerable<SessionRating> patient, IEnumerable<SessionRating> therapist, AllianceChartLabels labels) =>
        new(
            [.. patient.OrderBy(p => p.Session).Select(p => ((double)p.Session, p.Rating))],
            [.. therapist.OrderBy(p => p.Session).Select(p => ((double)p.Session, p.Rating))],
            labels,
            dateAxis: false);

    public static AllianceChart ByDate(IEnumerable<DatedRating> patient, IEnumerable<DatedRating> therapist, AllianceChartLabels labels) =>
        new(
            [.. patient.OrderBy(p => p.When).Select(p => (p.When.DateTime.ToOADate(), p.Rating))],
            [.. therapist.OrderBy(p => p.When).Select(p => (p.When.DateTime.ToOADate(), p.Rating))],
            labels,
            dateAxis: true);

    /// <summary>An SVG document for embedding in a page; label text is XML-escaped.</summary>
    public string ToSvg(int width = 640, int height = 360) => CreatePlot().GetSvgXml(width, height);

    public ChartBlock ToPdfBlock(float height = 240) => new(CreatePlot(), height);

    public Plot CreatePlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        plot.Title(_labels.Title);
        plot.XLabel(_labels.XAxis);
        plot.YLabel(_labels.YAxis);

        AddSeries(plot, _patient, _labels.PatientSeries, PatientColor, LinePattern.Solid, MarkerShape.FilledCircle);
        AddSeries(plot, _therapist, _labels.TherapistSeries, TherapistColor, LinePattern.Dashed, MarkerShape.FilledSquare);

        if (_dateAxis)
        {
            plot.Axes.DateTimeTicksBottom();
        }
        else
        {
            plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        }

        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>One plottable per run of consecutive ratings, so a missing rating breaks the line.</summary>
    private static void AddSeries(Plot plot, IReadOnlyList<(double X, double? Rating)> points, string name, Color color, LinePattern pattern, MarkerShape marker)
    {
        var named = false;
        foreach (var run in RunsWithoutGaps(points))
        {
            var scatter = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => p.Rating).ToArray(), color);
            scatter.LinePattern = pattern;
            scatter.LineWidth = 2;
            scatter.MarkerShape = marker;
            scatter.MarkerSize = 6;
            if (!named)
            {
                scatter.LegendText = name;
                named = true;
            }
        }
    }

    private static IEnumerable<List<(double X, double Rating)>> RunsWithoutGaps(IReadOnlyList<(double X, double? Rating)> points)
    {
        var run = new List<(double X, double Rating)>();
        foreach (var (x, rating) in points)
        {
            if (rating is { } value)
            {
                run.Add((x, value));
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
