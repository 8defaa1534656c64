using Hangfire;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>The dashboard's recurring jobs. None takes patient data as an argument, so none reaches the job store.</summary>
public sealed class DashboardJobs(AggregateRefresh refresh, WeeklyWardReports reports)
{
    public const string RefreshJobId = "dashboard-refresh";
    public const string RebuildJobId = "dashboard-rebuild";
    public const string WeeklyReportsJobId = "ward-reports-weekly";

    /// <summary>
    /// Every ten minutes the facts of the patients whose records changed; on demand (<see cref="RebuildJobId"/>, from
    /// /admin/jobs) every patient's. One method, so that Hangfire's lock keeps the two from running at once on any node.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RefreshFactsAsync(bool rebuildAll, CancellationToken cancellationToken) =>
        rebuildAll ? refresh.RebuildAllAsync(cancellationToken) : refresh.RefreshAsync(cancellationToken);

    /// <summary>Hourly, so that Monday morning comes in every ward's time zone; makes the reports that are due.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task WeeklyReportsAsync(CancellationToken cancellationToken) => reports.RunAsync(cancellationToken);
}
