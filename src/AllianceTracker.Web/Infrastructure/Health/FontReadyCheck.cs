using AllianceTracker.Reports.Pdf;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceTracker.Web.Infrastructure.Health;

/// <summary>Ready only when a font that prints Norwegian letters is installed, since summaries and reports need it.</summary>
public sealed class FontReadyCheck(IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(FontLocator.WithDefaults(configuration["Reports:FontDirectory"]).TryFind(out var fonts, out var problem)
            ? HealthCheckResult.Healthy($"Using {Path.GetFileName(fonts.Regular)}.")
            : HealthCheckResult.Unhealthy(problem));
}
