using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>The contexts the EF tools build for each provider: no database server is contacted.</summary>
public static class DesignTimeContexts
{
    public static AllianceDbContext For(DatabaseProvider provider)
    {
        IDesignTimeDbContextFactory<AllianceDbContext> factory = provider switch
        {
            DatabaseProvider.Sqlite => new Data.Sqlite.DesignTimeFactory(),
            DatabaseProvider.Postgres => new Data.Postgres.DesignTimeFactory(),
            DatabaseProvider.SqlServer => new Data.SqlServer.DesignTimeFactory(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        return factory.CreateDbContext([]);
    }
}
