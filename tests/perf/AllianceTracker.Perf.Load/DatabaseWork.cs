using Npgsql;

namespace AllianceTracker.Perf.Load;

/// <summary>
/// PostgreSQL's own counters of one database: committed transactions, and per table the scans (sequential and by
/// index) and the rows inserted and updated. The difference of two snapshots shows what a phase asked of the database.
/// </summary>
public sealed record DatabaseWork(long Commits, IReadOnlyDictionary<string, (long Scans, long Inserted, long Updated)> Tables)
{
    // A busy backend reports its counts at most once a second; what it counts less than a second after its last report
    // waits until it has been idle for ten (PostgreSQL's PGSTAT_IDLE_INTERVAL). Read sooner, one phase's tail (the
    // seeding's registrations, say) was counted in the next phase.
    private static readonly TimeSpan StatisticsDelay = TimeSpan.FromSeconds(11);

    public static async Task<DatabaseWork> ReadAsync(string connectionString)
    {
        await Task.Delay(StatisticsDelay);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var commits = new NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", connection);
        var committed = (long)(await commits.ExecuteScalarAsync())!;
        await using var tables = new NpgsqlCommand(
            "SELECT relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0), n_tup_ins, n_tup_upd FROM pg_stat_user_tables", connection);
        await using var reader = await tables.ExecuteReaderAsync();
        var counts = new Dictionary<string, (long, long, long)>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        return new DatabaseWork(committed, counts);
    }

    /// <summary>Per request, what was done since <paramref name="before"/>: transactions, then the tables touched, busiest first.</summary>
    public string PerRequestSince(DatabaseWork before, long requests)
    {
        var tables = Tables
            .Select(t => (Name: t.Key, Now: t.Value, Then: before.Tables.GetValueOrDefault(t.Key)))
            .Select(t => (t.Name, Scans: t.Now.Scans - t.Then.Scans, Inserted: t.Now.Inserted - t.Then.Inserted, Updated: t.Now.Updated - t.Then.Updated))
            .Where(t => t.Scans + t.Inserted + t.Updated > 0)
            .OrderByDescending(t => t.Scans + t.Inserted + t.Updated)
            .Select(t => $"{t.Name} {Per(t.Scans)} scans" + (t.Inserted > 0 ? $", {Per(t.Inserted)} inserted" : "") + (t.Updated > 0 ? $", {Per(t.Updated)} updated" : ""));
        return $"{Per(Commits - before.Commits)} transactions; " + string.Join("; ", tables);

        string Per(long count) => (count / (double)requests).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
    }
}
