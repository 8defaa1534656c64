using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>
/// Recognises a database that is down, restarting or busy, wherever in the chain of inner exceptions
/// the cause sits (EF Core wraps it in DbUpdateException or RetryLimitExceededException). Such a
/// failure is the service's, passes by itself, and answers 503 with Retry-After rather than 500 or 409.
/// </summary>
public static class TransientDatabaseFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsCause(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsTransient(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        RetryLimitExceededException or SocketException or TimeoutException => true,
        _ => false,
    };
}
