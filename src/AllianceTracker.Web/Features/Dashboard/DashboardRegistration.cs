using AllianceTracker.Web.Infrastructure.Database;
using Hangfire;

namespace AllianceTracker.Web.Features.Dashboard;

public static class DashboardRegistration
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<PatientFactsRebuilder>();
        services.AddSingleton<AggregateRefresh>();
        services.AddScoped<WardAccess>();
        services.AddScoped<WardDashboardQuery>();
        services.AddScoped<WeeklyWardReports>();
        services.AddTransient<DashboardJobs>();
        services.AddScoped<IStartupTask, ScheduleDashboardJobs>();
        return services;
    }

    /// <summary>Registers the recurring jobs and starts a refresh at once, so the facts exist soon after the first start.</summary>
    private sealed class ScheduleDashboardJobs(IRecurringJobManager jobs) : IStartupTask
    {
        public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<DashboardJobs>(DashboardJobs.RefreshJobId, job => job.RefreshFactsAsync(false, CancellationToken.None), "*/10 * * * *", new RecurringJobOptions());
            jobs.AddOrUpdate<DashboardJobs>(DashboardJobs.RebuildJobId, job => job.RefreshFactsAsync(true, CancellationToken.None), Cron.Never(), new RecurringJobOptions());
            jobs.AddOrUpdate<DashboardJobs>(DashboardJobs.WeeklyReportsJobId, job => job.WeeklyReportsAsync(CancellationToken.None), "15 * * * *", new RecurringJobOptions());
            jobs.Trigger(DashboardJobs.RefreshJobId);
            return Task.CompletedTask;
        }
    }
}
