using System.Globalization;
using AllianceTracker.Data.Providers;
using AllianceTracker.Perf.Data;

// Usage: dotnet run -c Release -- [--ratings 1000000] [--provider Postgres|Sqlite] [--connection "…"]
// Without a connection string, PostgreSQL data goes to a throwaway cluster that is removed at the end: a measurement only.
var options = args.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
var ratings = int.Parse(options.GetValueOrDefault("--ratings", "1000000"), CultureInfo.InvariantCulture);
var provider = Enum.Parse<DatabaseProvider>(options.GetValueOrDefault("--provider", "Postgres"), ignoreCase: true);
var connection = options.GetValueOrDefault("--connection");

await using var database = await BenchmarkDatabase.CreateAsync(provider, connection, "perf_generated");
await GenerationRun.GenerateAsync(database, ratings);
