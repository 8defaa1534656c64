using System.Diagnostics;
using System.Globalization;
using AllianceTracker.Perf.Dashboard;

// Usage: dotnet run -c Release -- [sizes, default 100000,10000000] [connection string of an empty database]
var sizes = (args.Length > 0 ? args[0] : "100000,10000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var results = new List<(int Ratings, TimeSpan Median)>();
foreach (var size in sizes)
{
    await using var database = await BenchmarkDatabase.CreateAsync(args.Length > 1 ? args[1] : null, $"perf_{size}");
    var clock = Stopwatch.StartNew();
    var generated = await new WardDataGenerator(database.ConnectionString).GenerateAsync(size);
    Console.WriteLine($"{size,12:N0} ratings asked: {generated.Ratings:N0} ratings, {generated.Sessions:N0} sessions, {generated.Facts:N0} daily facts on {generated.Wards} wards, generated in {clock.Elapsed.TotalSeconds:F1} s");
    var median = await DashboardTiming.MedianAsync(database.ConnectionString, generated.TargetWard, generated.Year);
    Console.WriteLine($"{size,12:N0} ratings: dashboard JSON for one ward and one year (weeks), median of 9: {median.TotalMilliseconds:F1} ms");
    results.Add((generated.Ratings, median));
}

if (results.Count >= 2)
{
    var (small, large) = (results[0], results[^1]);
    Console.WriteLine($"ratio {large.Ratings:N0} / {small.Ratings:N0} ratings: {large.Median / small.Median:F2}× (goal ≤ 2×)");
}
