using System.Globalization;
using AllianceTracker.Data.Providers;
using AllianceTracker.Perf.Dashboard;
using AllianceTracker.Perf.Data;

// Usage: dotnet run -c Release -- [sizes, default 100000,10000000] [connection string of a server to create the databases in]
var sizes = (args.Length > 0 ? args[0] : "100000,10000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var created = new List<BenchmarkDatabase>();
var databases = new List<(BenchmarkDatabase Database, Generated Data)>();
try
{
    foreach (var size in sizes)
    {
        var database = await BenchmarkDatabase.CreateAsync(DatabaseProvider.Postgres, args.Length > 1 ? args[1] : null, $"perf_{size}");
        created.Add(database);
        databases.Add((database, await GenerationRun.GenerateAsync(database, size)));
    }

    // warm up first, then take turns, so neither size pays for the JIT or profits from the other's cache
    var timings = databases.Select(_ => new List<TimeSpan>()).ToList();
    for (var round = 0; round < 12; round++)
    {
        for (var i = 0; i < databases.Count; i++)
        {
            var elapsed = await DashboardTiming.OnceAsync(databases[i].Database, databases[i].Data.TargetWard, databases[i].Data.Year);
            if (round >= 3)
            {
                timings[i].Add(elapsed);
            }
        }
    }

    var medians = timings.Select(t => t.Order().ElementAt(t.Count / 2)).ToList();
    for (var i = 0; i < databases.Count; i++)
    {
        Console.WriteLine($"{databases[i].Data.Ratings,12:N0} ratings: dashboard JSON for one ward and one year by week, median of {timings[i].Count}: {medians[i].TotalMilliseconds:F1} ms");
    }

    if (databases.Count >= 2)
    {
        Console.WriteLine($"ratio {databases[^1].Data.Ratings:N0} / {databases[0].Data.Ratings:N0} ratings: {medians[^1] / medians[0]:F2}× (goal ≤ 2×)");
    }
}
finally
{
    foreach (var database in created)
    {
        await database.DisposeAsync();
    }
}
