using System.Linq.Expressions;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// Recomputes flags in the background: every patient's each night, and one ward's patients after its rule set changed.
/// The jobs take at most a ward id, so no patient data reaches the job store.
/// </summary>
public sealed class FlagRecomputeJobs(IServiceScopeFactory scopes)
{
    public const string NightlyJobId = "flags-nightly";

    /// <summary>Patients of one ward recomputed together: a few queries for the batch instead of a dozen for each patient.</summary>
    public const int BatchSize = 200;

    public Task RunNightlyAsync(CancellationToken cancellationToken) => RecomputeAsync(_ => true, cancellationToken);

    public Task RecomputeWardAsync(Guid wardId, CancellationToken cancellationToken) =>
        RecomputeAsync(p => p.WardId == wardId, cancellationToken);

    private async Task RecomputeAsync(
        Expression<Func<Patient, bool>> which, CancellationToken cancellationToken)
    {
        List<Guid[]> batches;
        using (var scope = scopes.CreateScope())
        {
            batches = await WardBatchesAsync(
                scope.ServiceProvider.GetRequiredService<AllianceDbContext>().Patients.Where(which), BatchSize, cancellationToken);
        }

        // one scope per batch, so the tracked rows do not pile up over the whole run
        foreach (var batch in batches)
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<FlagRecomputer>().RecomputeAsync(batch, cancellationToken);
        }
    }

    /// <summary>The patients' ids, a ward's at a time, in batches of at most <paramref name="size"/>.</summary>
    public static async Task<List<Guid[]>> WardBatchesAsync(IQueryable<Patient> patients, int size, CancellationToken cancellationToken) =>
        (await patients.Select(p => new { p.Id, p.WardId }).ToListAsync(cancellationToken))
        .GroupBy(p => p.WardId).SelectMany(ward => ward.Select(p => p.Id).Chunk(size)).ToList();
}
