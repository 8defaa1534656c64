using System.Globalization;
using AllianceTracker.Data.Providers;
using AllianceTracker.Perf.Data;
using AllianceTracker.Perf.Recompute;

// Usage: dotnet run -c Release -- [ratings, default 1000000] [rounds, default 2] [connection string of an empty database]
var ratings = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
await using var database = await BenchmarkDatabase.CreateAsync(DatabaseProvider.Postgres, args.Length > 2 ? args[2] : null, "perf_recompute");
var generated = await GenerationRun.GenerateAsync(database, ratings);
await using var nightly = new NightlyRecompute(database);

// the first recompute raises every flag and episode; later ones find them in place, as most nights do
for (var round = 1; round <= rounds; round++)
{
    var (read, count) = await nightly.ReadInBatchesAsync();
    var recompute = await nightly.RecomputeAsync();
    var readOneByOne = await nightly.ReadPatientByPatientAsync();
    Console.WriteLine(
        $"round {round}: read {count:N0} ratings of {generated.Patients:N0} patients in batches in {read.TotalSeconds:F1} s ({count / read.TotalSeconds:N0}/s), " +
        $"patient by patient in {readOneByOne.TotalSeconds:F1} s; nightly recompute in {recompute.TotalSeconds:F1} s ({count / recompute.TotalSeconds:N0} ratings/s); " +
        $"ratio {recompute / read:F2}× the batched read (goal ≤ 3×), {recompute / readOneByOne:F2}× the read patient by patient");
}
