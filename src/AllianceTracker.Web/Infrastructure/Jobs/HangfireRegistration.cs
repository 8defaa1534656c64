using AllianceTracker.Data.Providers;
using Hangfire;
using Hangfire.PostgreSql;

namespace AllianceTracker.Web.Infrastructure.Jobs;

/// <summary>Background jobs on the same database as the application, so that several nodes share one queue.</summary>
public static class HangfireRegistration
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddAllianceJobs(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddHangfire(configuration =>
        {
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.Postgres:
                    configuration.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString));
                    break;
                case DatabaseProvider.SqlServer:
                    configuration.UseSqlServerStorage(database.ConnectionString);
                    break;
                default:
                    configuration.UseInMemoryStorage();
                    break;
            }
        });
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        return services;
    }

    public static void MapAllianceJobsDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DisplayStorageConnectionString = false,
        });
}
