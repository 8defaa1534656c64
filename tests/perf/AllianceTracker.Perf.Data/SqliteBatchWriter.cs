using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AllianceTracker.Perf.Data;

/// <summary>
/// SQLite has no bulk path: one prepared insert per table, re-bound for each row, committed every
/// <see cref="RowsPerTransaction"/> rows. Values are stored as the application's model stores them.
/// </summary>
public sealed class SqliteBatchWriter : BulkWriter
{
    private const int RowsPerTransaction = 20_000;
    private static readonly DateTimeOffsetToBinaryConverter Instants = new();

    private readonly SqliteConnection _connection;

    private SqliteBatchWriter(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteBatchWriter> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var pragmas = connection.CreateCommand();

        // a generated database can be generated again, so a crash during the load may lose it
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
        await pragmas.ExecuteNonQueryAsync();
        return new SqliteBatchWriter(connection);
    }

    public override async Task<int> WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var count = 0;
        var transaction = _connection.BeginTransaction();
        await using var insert = _connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {Quoted(table)} ({string.Join(", ", columns.Select(Quoted))}) " +
                             $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Transaction = transaction;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = Stored(row[i]);
            }

            await insert.ExecuteNonQueryAsync();
            if (++count % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = _connection.BeginTransaction();
                insert.Transaction = transaction;
            }
        }

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        return count;
    }

    public override async Task AnalyseAsync()
    {
        await using var analyse = _connection.CreateCommand();
        analyse.CommandText = "ANALYZE";
        await analyse.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateTimeOffset t => Instants.ConvertToProvider(t)!,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };
}
