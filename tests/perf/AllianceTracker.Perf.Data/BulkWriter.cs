using AllianceTracker.Data.Providers;

namespace AllianceTracker.Perf.Data;

/// <summary>Writes generated rows table by table through the fastest path the database offers.</summary>
public abstract class BulkWriter : IAsyncDisposable
{
    public static async Task<BulkWriter> OpenAsync(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => await PostgresCopyWriter.OpenAsync(connectionString),
        DatabaseProvider.Sqlite => await SqliteBatchWriter.OpenAsync(connectionString),
        _ => throw new NotSupportedException($"The generator writes to PostgreSQL and SQLite, not {provider}."),
    };

    /// <summary>Writes the rows, whose values are in the order of the columns, and returns how many were written.</summary>
    public abstract Task<int> WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows);

    /// <summary>Refreshes the planner's statistics after the load.</summary>
    public abstract Task AnalyseAsync();

    public abstract ValueTask DisposeAsync();

    protected static string Quoted(string name) => $"\"{name}\"";
}
