using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Data.Providers;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>Selects the provider and its own migrations assembly.</summary>
    public static DbContextOptionsBuilder UseAllianceDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
        DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o
            .MigrationsAssembly(MigrationsAssembly(provider))
            .EnableRetryOnFailure(3)),
        DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o
            .MigrationsAssembly(MigrationsAssembly(provider))
            .EnableRetryOnFailure(3)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    public static string MigrationsAssembly(DatabaseProvider provider) => $"AllianceTracker.Data.{provider}";
}
