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

            server = PostgresServer.Start();
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
