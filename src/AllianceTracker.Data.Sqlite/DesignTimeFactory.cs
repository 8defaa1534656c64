using AllianceTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AllianceTracker.Data.Sqlite;

/// <summary>Lets the EF tools build the model for this provider; no database is contacted to add a migration or script it.</summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<AllianceDbContext>
{
    public AllianceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new AllianceDbContext(options.Options);
    }
}
