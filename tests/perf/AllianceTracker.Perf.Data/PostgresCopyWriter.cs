using Npgsql;
using NpgsqlTypes;

namespace AllianceTracker.Perf.Data;

/// <summary>PostgreSQL <c>COPY … FROM STDIN (FORMAT BINARY)</c> through Npgsql's binary importer, one table at a time.</summary>
public sealed class PostgresCopyWriter : BulkWriter
{
    private readonly NpgsqlConnection _connection;

    private PostgresCopyWriter(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresCopyWriter> OpenAsync(string connectionString)
    {
        // completing a COPY of millions of rows, with its index updates, takes far longer than the default 30 s
        var unlimited = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 };
        var connection = new NpgsqlConnection(unlimited.ConnectionString);
        await connection.OpenAsync();
        return new PostgresCopyWriter(connection);
    }

    public override async Task<int> WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var count = 0;
        var copy = $"COPY {Quoted(table)} ({string.Join(", ", columns.Select(Quoted))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await _connection.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            foreach (var value in row)
            {
                await WriteAsync(importer, value);
            }

            count++;
        }

        await importer.CompleteAsync();
        return count;
    }

    public override async Task AnalyseAsync()
    {
        await using var analyse = new NpgsqlCommand("ANALYZE", _connection);
        await analyse.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value) => value switch
    {
        null => importer.WriteNullAsync(),
        Guid g => importer.WriteAsync(g, NpgsqlDbType.Uuid),
        string s => importer.WriteAsync(s, NpgsqlDbType.Varchar),
        int i => importer.WriteAsync(i, NpgsqlDbType.Integer),
        double d => importer.WriteAsync(d, NpgsqlDbType.Double),
        bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean),
        DateTimeOffset t => importer.WriteAsync(t, NpgsqlDbType.TimestampTz),
        DateOnly day => importer.WriteAsync(day, NpgsqlDbType.Date),
        _ => throw new NotSupportedException(value.GetType().Name),
    };
}
