using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider: a temp SQLite file, or a new database on the test PostgreSQL server.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var file = Path.Combine(Path.GetTempPath(), $"alliance-test-{Guid.NewGuid():N}.db");
                return new TestDatabase(provider, $"Data Source={file};Pooling=False", file);
            case DatabaseProvider.Postgres:
                return await CreateOnAsync(TestServers.Postgres);
            default:
                throw new NotSupportedException($"{provider} cannot run on this machine; its scripts are checked without a server.");
        }
    }

    /// <summary>A new database on the given PostgreSQL server, for tests that stop or share a server of their own.</summary>
    public static async Task<TestDatabase> CreateOnAsync(PostgresServer server)
    {
        var name = $"alliance_test_{Guid.NewGuid():N}";
        await server.CreateDatabaseAsync(name);
        return new TestDatabase(DatabaseProvider.Postgres, server.ConnectionString(name), null);
    }

    /// <summary>A context of its own on this database, for tests whose application runs in another process or that watch its commands.</summary>
    public AllianceDbContext NewDbContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(Provider, ConnectionString).AddInterceptors(interceptors);
        return new AllianceDbContext(options.Options);
    }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
