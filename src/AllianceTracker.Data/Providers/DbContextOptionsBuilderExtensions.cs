using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AllianceTracker.Data.Providers;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>Selects the provider and its own migrations assembly.</summary>
    public static DbContextOptionsBuilder UseAllianceDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
        DatabaseProvider.Postgres => options.UseNpgsql(WithoutResetOnClose(connectionString), o => o
            .MigrationsAssembly(MigrationsAssembly(provider))
            .EnableRetryOnFailure(3)),
        DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o
            .MigrationsAssembly(MigrationsAssembly(provider))
            .EnableRetryOnFailure(3)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    public static string MigrationsAssembly(DatabaseProvider provider) => $"AllianceTracker.Data.{provider}";

    /// <summary>
    /// A pooled connection is not reset (<c>DISCARD ALL</c>) each time it is handed out again: the service keeps no state
    /// in a database session, and EF takes a connection from the pool for every query, so the reset doubled the
    /// statements the server ran. A connection string that sets "No Reset On Close" itself is left as it is.
    /// </summary>
    public static string WithoutResetOnClose(string connectionString)
    {
        // Npgsql's own builder knows every keyword, so only the plain one tells what the string itself says
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("No Reset On Close") || given.ContainsKey("NoResetOnClose"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
    }
}
