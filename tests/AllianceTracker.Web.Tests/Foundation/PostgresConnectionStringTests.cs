using AllianceTracker.Data.Providers;
using Npgsql;

namespace AllianceTracker.Web.Tests.Foundation;

public class PostgresConnectionStringTests
{
    [Test]
    public void Pooled_connections_are_not_reset_each_time_they_are_handed_out()
    {
        var built = new NpgsqlConnectionStringBuilder(DbContextOptionsBuilderExtensions.WithoutResetOnClose("Host=db;Database=alliance;Username=app"));

        Assert.Multiple(() =>
        {
            Assert.That(built.NoResetOnClose, Is.True);
            Assert.That(built.Host, Is.EqualTo("db"));
            Assert.That(built.Database, Is.EqualTo("alliance"));
        });
    }

    [TestCase("Host=db;No Reset On Close=false")]
    [TestCase("Host=db;NoResetOnClose=false")]
    public void An_operator_who_asks_for_the_reset_keeps_it(string connectionString)
    {
        var built = new NpgsqlConnectionStringBuilder(DbContextOptionsBuilderExtensions.WithoutResetOnClose(connectionString));

        Assert.That(built.NoResetOnClose, Is.False);
    }
}
