using AllianceTracker.Web.Infrastructure.Database;
using Hangfire;

namespace AllianceTracker.Web.Features.Flags;

public static class FlagsRegistration
{
    public static IServiceCollection AddFlags(this IServiceCollection services)
    {
        services.AddScoped<PatientHistoryLoader>();
        services.AddScoped<WardRuleSets>();
        services.AddScoped<FlagRecomputer>();
        services.AddScoped<FlagLifecycle>();
        services.AddScoped<InboxQuery>();
        services.AddScoped<ReminderLifecycle>();
        services.AddScoped<WardRuleSetEditor>();
        services.AddTransient<FlagRecomputeJobs>();
        services.AddTransient<FlagReminders>();
        services.AddScoped<IStartupTask, ScheduleFlagJobs>();
        return services;
    }

    private sealed class ScheduleFlagJobs(IRecurringJobManager jobs) : IStartupTask
    {
        public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<FlagRecomputeJobs>(
                FlagRecomputeJobs.NightlyJobId, job => job.RunNightlyAsync(CancellationToken.None), Cron.Daily(2), new RecurringJobOptions());
            jobs.AddOrUpdate<FlagReminders>(
                FlagReminders.JobId, job => job.RunAsync(CancellationToken.None), Cron.Hourly(5), new RecurringJobOptions());
            return Task.CompletedTask;
        }
    }
}
