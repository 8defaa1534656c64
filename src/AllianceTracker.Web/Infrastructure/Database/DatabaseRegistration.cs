using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Database;

public static class DatabaseRegistration
{
    public static DatabaseSettings AddAllianceDatabase(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(DatabaseSettings.SectionName).Get<DatabaseSettings>() ?? new();
        var connectionString = string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? DefaultConnectionString(settings.Provider, builder.Environment)
            : settings.ConnectionString;
        settings.ConnectionString = connectionString;
        builder.Services.AddSingleton(settings);
        // a request leases a context from the pool rather than building one; the options are built once
        builder.Services.AddDbContextPool<AllianceDbContext>(options => options.UseAllianceDatabase(settings.Provider, connectionString));
        return settings;
    }

    private static string DefaultConnectionString(DatabaseProvider provider, IWebHostEnvironment environment)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"Database:ConnectionString must be set when Database:Provider is {provider}.");
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "alliancetracker.db")}";
    }
}
