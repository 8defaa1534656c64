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
/// registrations) against merely reading the same ratings the same way: one scope per patient, one query per patient.
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

    public async Task<(TimeSpan Elapsed, int Ratings)> ReadAsync()
    {
        var clock = Stopwatch.StartNew();
        List<Guid> patients;
        using (var scope = _services.CreateScope())
        {
            patients = await scope.ServiceProvider.GetRequiredService<AllianceDbContext>().Patients.Select(p => p.Id).ToListAsync();
        }

        var ratings = 0;
        foreach (var patientId in patients)
        {
            using var scope = _services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            ratings += (await db.Ratings.AsNoTracking().Where(r => r.PatientId == patientId).ToListAsync()).Count;
        }

        return (clock.Elapsed, ratings);
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
