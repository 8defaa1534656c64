using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>A running service whose every database context records the queries it runs, for tests of what a request reads.</summary>
public abstract class QueryRecordingFixture(DatabaseProvider provider) : AppFixture(provider)
{
    protected QueriesRun Queries { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<AllianceDbContext>(options => options.AddInterceptors(Queries));
}
