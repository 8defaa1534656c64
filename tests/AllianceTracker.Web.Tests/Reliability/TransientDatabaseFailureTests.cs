using System.Net.Sockets;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Reliability;

public class TransientDatabaseFailureTests
{
    [Test]
    public void A_busy_or_locked_SQLite_database_is_transient_even_inside_an_update_exception()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TransientDatabaseFailure.IsCause(new DbUpdateException("save", new SqliteException("busy", 5))), Is.True);
            Assert.That(TransientDatabaseFailure.IsCause(new SqliteException("locked", 6)), Is.True);
            Assert.That(TransientDatabaseFailure.IsCause(new DbUpdateException("save", new SqliteException("constraint", 19))), Is.False);
        });
    }

    [Test]
    public void A_refused_connection_is_transient_and_an_ordinary_bug_is_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TransientDatabaseFailure.IsCause(new InvalidOperationException("open", new SocketException((int)SocketError.ConnectionRefused))), Is.True);
            Assert.That(TransientDatabaseFailure.IsCause(new InvalidOperationException("bug")), Is.False);
        });
    }
}
