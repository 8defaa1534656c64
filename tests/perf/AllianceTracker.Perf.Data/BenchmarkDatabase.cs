using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Perf.Data;

/// <summary>
/// A migrated, empty database: PostgreSQL in the server given or in a throwaway cluster, or a SQLite file.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    /// <summary>
    /// The throwaway cluster holds nothing worth keeping (it already runs with fsync and synchronous commit off), so it
    /// may trade safety for speed: memory for the indexes and their builds, WAL only as much as a restart needs
    /// (index builds then skip it), and checkpoints far apart. The machines this runs on have 24 GiB.
    /// </summary>
    private static readonly string[] BulkLoadSettings =
    [
        "shared_buffers = 4GB", "maintenance_work_mem = 1GB", "work_mem = 256MB", "wal_level = minimal", "max_wal_senders = 0",
        "max_wal_size = 8GB", "checkpoint_timeout = 30min",
    ];

    private readonly PostgresServer? _server;

    private BenchmarkDatabase(DatabaseProvider provider, string connectionString, PostgresServer? server)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _server = server;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>With PostgreSQL and no connection string, a throwaway cluster holds a database of the given name.</summary>
    public static async Task<BenchmarkDatabase> CreateAsync(DatabaseProvider provider, string? connectionString, string name)
    {
        PostgresServer? server = null;
        if (connectionString is null)
        {
            if (provider != DatabaseProvider.Postgres)
            {
                throw new ArgumentException("A connection string is needed for SQLite.", nameof(connectionString));
            }

            server = PostgresServer.Start(BulkLoadSettings);
            await server.CreateDatabaseAsync(name);
            connectionString = server.ConnectionString(name);
        }

        await using var db = Context(provider, connectionString);
        await db.Database.MigrateAsync();
        return new BenchmarkDatabase(provider, connectionString, server);
    }

    public static AllianceDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(provider, connectionString);
        return new AllianceDbContext(options.Options);
    }

    public AllianceDbContext Context() => Context(Provider, ConnectionString);

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }
}
