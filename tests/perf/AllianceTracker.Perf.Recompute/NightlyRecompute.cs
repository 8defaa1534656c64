using System.Diagnostics;
using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using AllianceTracker.Perf.Data;
using AllianceTracker.Web.Features.Flags;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Perf.Recompute;

/// <summary>
/// Times the nightly job (<see cref="FlagRecomputeJobs.RunNightlyAsync"/>, through the application's own service
/// registrations) against merely reading the same ratings in the same batches, and, for comparison with the figures
/// measured before the job worked in batches, patient by patient.
/// </summary>
public sealed class NightlyRecompute(BenchmarkDatabase database) : IAsyncDisposable
{
    private readonly ServiceProvider _services = Services(database);

    public async Task<TimeSpan> RecomputeAsync()
    {
        var clock = Stopwatch.StartNew();
        await _services.GetRequiredService<FlagRecomputeJobs>().RunNightlyAsync(CancellationToken.None);
        return clock.Elapsed;
    }

    /// <summary>Reads every rating in the job's batches (a ward's patients, <see cref="FlagRecomputeJobs.BatchSize"/> at a time): one scope and one query a batch.</summary>
    public async Task<(TimeSpan Elapsed, int Ratings)> ReadInBatchesAsync()
    {
        var clock = Stopwatch.StartNew();
        var ratings = 0;
        foreach (var batch in await BatchesAsync(FlagRecomputeJobs.BatchSize))
        {
            using var scope = _services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            ratings += (await db.Ratings.AsNoTracking().Where(r => batch.Contains(r.PatientId)).ToListAsync()).Count;
        }

        return (clock.Elapsed, ratings);
    }

    /// <summary>Reads every rating patient by patient, as the job did before it worked in batches: one scope and one query a patient.</summary>
    public async Task<TimeSpan> ReadPatientByPatientAsync()
    {
        var clock = Stopwatch.StartNew();
        foreach (var patientId in (await BatchesAsync(1)).Select(b => b[0]))
        {
            using var scope = _services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            await db.Ratings.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync();
        }

        return clock.Elapsed;
    }

    private async Task<List<Guid[]>> BatchesAsync(int size)
    {
        using var scope = _services.CreateScope();
        return await FlagRecomputeJobs.WardBatchesAsync(scope.ServiceProvider.GetRequiredService<AllianceDbContext>().Patients, size, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static ServiceProvider Services(BenchmarkDatabase database)
    {
        var services = new ServiceCollection();
        services.AddDbContext<AllianceDbContext>(o => o.UseAllianceDatabase(database.Provider, database.ConnectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddFlags(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }
}
