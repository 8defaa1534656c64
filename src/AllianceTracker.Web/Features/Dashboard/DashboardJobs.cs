using Hangfire;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>The dashboard's recurring jobs. None takes arguments, so no patient data reaches the job store.</summary>
public sealed class DashboardJobs(AggregateRefresh refresh, IServiceScopeFactory scopes)
{
    public const string RefreshJobId = "dashboard-refresh";
    public const string RebuildJobId = "dashboard-rebuild";
    public const string WeeklyReportsJobId = "ward-reports-weekly";

    /// <summary>Every ten minutes: the facts of patients whose records changed.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RefreshAsync(CancellationToken cancellationToken) => refresh.RefreshAsync(cancellationToken);

    /// <summary>On demand (from /admin/jobs): every patient's facts.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RebuildAsync(CancellationToken cancellationToken) => refresh.RebuildAllAsync(cancellationToken);

    /// <summary>Hourly, so that Monday morning comes in every ward's time zone; makes the reports that are due.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task WeeklyReportsAsync(CancellationToken cancellationToken)
    {
        await refresh.RefreshAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<WeeklyWardReports>().RunAsync(cancellationToken);
    }
}
