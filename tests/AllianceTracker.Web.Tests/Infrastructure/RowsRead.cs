using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>
/// Counts the rows a context's queries read, for tests of how much a query fetches. EF Core counts calls to
/// <c>Read()</c>, and a query read to its end makes one call more than it has rows (the one that finds no more), so
/// that call is taken off each query: count only queries read to their end (lists, <c>Single</c>), as a <c>First</c>
/// would be counted one short. The rows of a split query's collections are read past EF Core's count, so only single
/// queries are counted in full.
/// </summary>
/// <param name="counted">Which commands count, by their text; all when not given.</param>
public sealed class RowsRead(Func<string, bool>? counted = null) : DbCommandInterceptor
{
    private int _count;

    public int Count => _count;

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (counted?.Invoke(command.CommandText) != false)
        {
            Interlocked.Add(ref _count, Math.Max(eventData.ReadCount - 1, 0));
        }

        return result;
    }
}
