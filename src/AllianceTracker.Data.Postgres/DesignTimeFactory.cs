using AllianceTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AllianceTracker.Data.Postgres;

/// <summary>Lets the EF tools build the model for this provider; no database is contacted to add a migration or script it.</summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<AllianceDbContext>
{
    public AllianceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=alliancetracker_design;Username=design");
        return new AllianceDbContext(options.Options);
    }
}
