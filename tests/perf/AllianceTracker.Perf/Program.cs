using System.Diagnostics;
using System.Globalization;
using AllianceTracker.Perf;
using AllianceTracker.Reports.Pdf;
using AllianceTracker.Reports.Summaries;

// Times composing, laying out and rendering a clinical summary PDF for a short and a long history.
const int Runs = 7;
int[] sizes = [50, 500];

using var renderer = new SkiaPdfRenderer(FontLocator.WithDefaults().Find());
var medians = new Dictionary<int, double>();
foreach (var size in sizes)
{
    var data = SyntheticSummary.WithSessions(size);
    var stamp = SummaryStamp.For(data, Guid.NewGuid(), DateTimeOffset.UtcNow, "Benchmark");
    byte[] Render() => renderer.Render(SummaryPdf.Build(SummaryComposer.Compose(data), stamp));

    var pdf = Render(); // warm-up: JIT, fonts, chart
    var times = new List<double>();
    for (var run = 0; run < Runs; run++)
    {
        var watch = Stopwatch.StartNew();
        Render();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    medians[size] = times[Runs / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{size,4} sessions: median {medians[size],8:0.0} ms over {Runs} runs (min {times[0]:0.0}, max {times[^1]:0.0}), {pdf.Length / 1024} KiB"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio {sizes[1]}/{sizes[0]}: {medians[sizes[1]] / medians[sizes[0]]:0.0}×"));
