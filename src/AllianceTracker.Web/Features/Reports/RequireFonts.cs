using AllianceTracker.Reports.Pdf;
using AllianceTracker.Web.Infrastructure.Database;

namespace AllianceTracker.Web.Features.Reports;

/// <summary>
/// Creating the renderer finds the fonts; doing it at start-up turns a missing font into a clear
/// start-up failure (naming the package to install) instead of a failed report later.
/// </summary>
public sealed class RequireFonts : IStartupTask
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IPdfRenderer>();
        return Task.CompletedTask;
    }
}
