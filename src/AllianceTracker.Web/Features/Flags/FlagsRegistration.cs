using AllianceTracker.Web.Infrastructure.Database;
using Hangfire;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Flags;

public static class FlagsRegistration
{
    public static IServiceCollection AddFlags(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddScoped<ReminderMail>();
        services.AddSingleton<InstrumentScaleCache>();
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

    private sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
    {
        public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
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
