using AllianceTracker.Web.Tests.Infrastructure;

/// <summary>Stops the shared PostgreSQL cluster at the end of the run (global: applies to every namespace).</summary>
[SetUpFixture]
public sealed class TestServersTeardown
{
    [OneTimeTearDown]
    public void StopServers() => TestServers.Dispose();
}

namespace AllianceTracker.Web.Tests.Infrastructure
{
    /// <summary>The PostgreSQL cluster shared by the run, started on first use.</summary>
    public static class TestServers
    {
        private static readonly Lazy<PostgresServer> LazyPostgres = new(PostgresServer.Start);

        public static PostgresServer Postgres => LazyPostgres.Value;

        public static void Dispose()
        {
            if (LazyPostgres.IsValueCreated)
            {
                LazyPostgres.Value.Dispose();
            }
        }
    }
}
