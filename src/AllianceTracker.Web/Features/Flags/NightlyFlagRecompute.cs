using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>The nightly job: recomputes every patient's flags. It takes no arguments, so no patient data reaches the job store.</summary>
public sealed class NightlyFlagRecompute(IServiceScopeFactory scopes)
{
    public const string JobId = "flags-nightly";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<Guid> patients;
        using (var scope = scopes.CreateScope())
        {
            patients = await scope.ServiceProvider.GetRequiredService<AllianceDbContext>().Patients
                .Select(p => p.Id).ToListAsync(cancellationToken);
        }

        foreach (var patientId in patients)
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<FlagRecomputer>().RecomputeAsync(patientId, cancellationToken);
        }
    }
}
