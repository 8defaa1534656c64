using AllianceTracker.Data.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>
/// A test class that runs once per database provider: its name shows which, e.g. "HealthTests(Postgres)".
/// The application starts once per class on a fresh database with the demo data.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.Postgres)]
public abstract class AppFixture(DatabaseProvider provider)
{
    private AllianceAppFactory? _app;

    protected DatabaseProvider Provider { get; } = provider;

    protected AllianceAppFactory App => _app ?? throw new InvalidOperationException("The application has not started.");

    protected virtual bool WithDemoData => true;

    /// <summary>Settings of this class's application, on top of the test defaults.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Service replacements for this class's application, e.g. a fake clock.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    [OneTimeSetUp]
    public async Task StartApplication() =>
        _app = await AllianceAppFactory.StartAsync(Provider, WithDemoData, Settings, ConfigureServices);

    [OneTimeTearDown]
    public void StopApplication() => _app?.Dispose();
}
