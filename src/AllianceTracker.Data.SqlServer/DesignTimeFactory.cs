using AllianceTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AllianceTracker.Data.SqlServer;

/// <summary>Lets the EF tools build the model for this provider; no database is contacted to add a migration or script it.</summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<AllianceDbContext>
{
    public AllianceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(DatabaseProvider.SqlServer, "Server=localhost;Database=AllianceTrackerDesign;Trusted_Connection=True;TrustServerCertificate=True");
        return new AllianceDbContext(options.Options);
    }
}
