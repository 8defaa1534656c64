using System.Diagnostics;

namespace AllianceTracker.Perf.Data;

/// <summary>Generates into a database and prints what was written and how fast.</summary>
public static class GenerationRun
{
    public static async Task<Generated> GenerateAsync(BenchmarkDatabase database, int ratings)
    {
        var clock = Stopwatch.StartNew();
        var generated = await new WardDataGenerator(database).GenerateAsync(ratings);
        clock.Stop();
        Console.WriteLine(
            $"{database.Provider}: {generated.Ratings:N0} ratings, {generated.Sessions:N0} sessions, {generated.Patients:N0} patients on " +
            $"{generated.Wards:N0} wards, {generated.Ruptures:N0} ruptures, {generated.CoerciveMeasures:N0} coercive measures, " +
            $"{generated.Facts:N0} daily facts in {clock.Elapsed.TotalSeconds:F1} s: {generated.Ratings / clock.Elapsed.TotalSeconds:N0} ratings/s");
        return generated;
    }
}
