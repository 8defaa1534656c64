using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>The queries a context ran, each with its text and its parameter values as it ran, for tests of what a path reads.</summary>
public sealed class QueriesRun : DbCommandInterceptor
{
    private readonly ConcurrentQueue<QueryRun> _queries = new();

    public IReadOnlyList<QueryRun> All => [.. _queries];

    public int Count => _queries.Count;

    public void Clear() => _queries.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _queries.Enqueue(new QueryRun(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => p.Value).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed record QueryRun(string Text, IReadOnlyList<object?> Parameters)
{
    // SQLite is given ids as text
    public bool Names(Guid id) => Parameters.Any(p => string.Equals(p?.ToString(), id.ToString(), StringComparison.OrdinalIgnoreCase));
}
