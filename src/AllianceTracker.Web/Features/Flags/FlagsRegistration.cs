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
        services.AddTransient<NightlyFlagRecompute>();
        services.AddScoped<IStartupTask, ScheduleNightlyRecompute>();
        return services;
    }

    private sealed class ScheduleNightlyRecompute(IRecurringJobManager jobs) : IStartupTask
    {
        public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<NightlyFlagRecompute>(
                NightlyFlagRecompute.JobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(2), new RecurringJobOptions());
            return Task.CompletedTask;
        }
    }
}
