using Npgsql;

namespace AllianceTracker.Perf.Data;

/// <summary>
/// For a bulk load into an empty PostgreSQL database: drops the foreign keys and the indexes that back no primary key or
/// unique constraint, as the migrations made them, and builds them again after the load. Updating every index row by
/// row, on pages long gone from memory, is what made loads of millions of rows crawl; one sort per index afterwards
/// is far cheaper, and a foreign key added afterwards checks every row in one join. Unique indexes are dropped too, so
/// their rebuild checks that the generated data is unique. The database must end with the schema it started with:
/// <see cref="RestoreAsync"/> compares the indexes and constraints with those it found and throws on any difference.
/// </summary>
public sealed class DeferredIndexes
{
    private const string Schema = "'public'::regnamespace";

    private const string ForeignKeysQuery =
        $"SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND connamespace = {Schema}";

    private const string IndexesQuery =
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid " +
        $"WHERE t.relnamespace = {Schema} AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))";

    private const string SchemaQuery =
        $"SELECT 'index ' || indexrelid::regclass::text || ': ' || pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = {Schema} " +
        $"UNION ALL SELECT 'constraint ' || conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = {Schema}";

    private readonly string _connectionString;
    private readonly List<string> _schema;
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys;
    private readonly List<(string Name, string Definition)> _indexes;

    private DeferredIndexes(
        string connectionString, List<string> schema, List<(string, string, string)> foreignKeys, List<(string, string)> indexes)
    {
        _connectionString = connectionString;
        _schema = schema;
        _foreignKeys = foreignKeys;
        _indexes = indexes;
    }

    public int ForeignKeys => _foreignKeys.Count;

    public int Indexes => _indexes.Count;

    public static async Task<DeferredIndexes> DropAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        var schema = await ReadAsync(connection, SchemaQuery, r => r.GetString(0));
        var foreignKeys = await ReadAsync(connection, ForeignKeysQuery, r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        var indexes = await ReadAsync(connection, IndexesQuery, r => (r.GetString(0), r.GetString(1)));

        // foreign keys first: one may rest on a unique index that is dropped next
        foreach (var (table, name, _) in foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT {name}");
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX {name}");
        }

        return new DeferredIndexes(connectionString, schema, foreignKeys, indexes);
    }

    public async Task RestoreAsync()
    {
        await using var connection = await OpenAsync(_connectionString);
        foreach (var (_, definition) in _indexes)
        {
            await ExecuteAsync(connection, definition);
        }

        foreach (var (table, name, definition) in _foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}");
        }

        var schema = await ReadAsync(connection, SchemaQuery, r => r.GetString(0));
        var missing = _schema.Except(schema).ToList();
        var added = schema.Except(_schema).ToList();
        if (missing.Count > 0 || added.Count > 0)
        {
            throw new InvalidOperationException(
                $"The schema after the load differs from the migrated one. Missing: {string.Join("; ", missing)}. Not migrated: {string.Join("; ", added)}.");
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        // building an index or checking a foreign key over millions of rows outlasts the default 30 s
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> row)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
