using AllianceTracker.Reports.Pdf;
using AllianceTracker.Web.Infrastructure.Database;

namespace AllianceTracker.Web.Features.Reports;

public static class ReportsRegistration
{
    /// <summary>One renderer for the whole application; the fonts are found once, or start-up stops with a clear message.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPdfRenderer>(_ =>
            new SkiaPdfRenderer(FontLocator.WithDefaults(configuration["Reports:FontDirectory"]).Find()));
        services.AddScoped<IStartupTask, RequireFonts>();
        return services;
    }
}
