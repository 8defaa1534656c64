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

    public Task RunNightlyAsync(CancellationToken cancellationToken) => RecomputeAsync(_ => true, cancellationToken);

    public Task RecomputeWardAsync(Guid wardId, CancellationToken cancellationToken) =>
        RecomputeAsync(p => p.WardId == wardId, cancellationToken);

    private async Task RecomputeAsync(
        Expression<Func<Patient, bool>> which, CancellationToken cancellationToken)
    {
        List<Guid> patients;
        using (var scope = scopes.CreateScope())
        {
            patients = await scope.ServiceProvider.GetRequiredService<AllianceDbContext>().Patients
                .Where(which).Select(p => p.Id).ToListAsync(cancellationToken);
        }

        // one scope per patient, so one patient's tracked rows do not pile up over the whole run
        foreach (var patientId in patients)
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<FlagRecomputer>().RecomputeAsync(patientId, cancellationToken);
        }
    }
}
