using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Database;

/// <summary>
/// Applies migrations at start for SQLite, and for the server databases only when
/// Database:ApplyMigrationsAtStartup is set (development, demo, tests); production runs the reviewed scripts in db/.
/// </summary>
public class MigrateDatabase(DatabaseSettings settings, IConfiguration configuration) : IStartupTask
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (settings.Provider != DatabaseProvider.Sqlite && !configuration.GetValue<bool>("Database:ApplyMigrationsAtStartup"))
        {
            return;
        }

        var db = services.GetRequiredService<AllianceDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
