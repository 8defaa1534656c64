using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceTracker.Web.Infrastructure.Health;

/// <summary>Ready when the database answers and every migration this build knows has been applied.</summary>
public sealed class DatabaseReadyCheck(AllianceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The database is reachable and up to date.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied; run the script in db/.");
    }
}
