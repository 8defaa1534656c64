using AllianceTracker.Core.Summaries;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Database;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Summaries;

public static class SummariesRegistration
{
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddScoped<SummaryDataLoader>();
        services.AddScoped<SummaryDocumentWriter>();
        services.AddTransient<SummaryBatchJob>();
        services.AddScoped<IStartupTask, ResumeSummaryBatches>();
        return services;
    }

    /// <summary>
    /// Enqueues every batch that had not finished when the application stopped. A request whose job is also still in
    /// the job store then runs twice, which the job tolerates.
    /// </summary>
    private sealed class ResumeSummaryBatches(AllianceDbContext db, IBackgroundJobClient jobs) : IStartupTask
    {
        public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            var unfinished = await db.SummaryBatchRequests
                .Where(r => r.Status == SummaryBatchStatus.Pending || r.Status == SummaryBatchStatus.Running)
                .Select(r => r.Id).ToListAsync(cancellationToken);
            foreach (var id in unfinished)
            {
                SummaryBatchJob.Enqueue(jobs, id);
            }
        }
    }
}
