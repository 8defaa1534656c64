using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Perf.Dashboard;

/// <summary>A migrated, empty PostgreSQL database: in the server given, or in a throwaway cluster.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly PostgresServer? _server;

    private BenchmarkDatabase(string connectionString, PostgresServer? server)
    {
        ConnectionString = connectionString;
        _server = server;
    }

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string? connectionString, string name)
    {
        PostgresServer? server = null;
        if (connectionString is null)
        {
            server = PostgresServer.Start();
            await server.CreateDatabaseAsync(name);
            connectionString = server.ConnectionString(name);
        }

        await using var db = Context(connectionString);
        await db.Database.MigrateAsync();
        return new BenchmarkDatabase(connectionString, server);
    }

    public static AllianceDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(DatabaseProvider.Postgres, connectionString);
        return new AllianceDbContext(options.Options);
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }
}
