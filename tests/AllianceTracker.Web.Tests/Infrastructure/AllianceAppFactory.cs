using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>The real application on a real database of the chosen provider, with the demo data when asked.</summary>
public class AllianceAppFactory(
    TestDatabase database,
    bool demo = true,
    IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = "demo-password-for-tests";

    public TestDatabase Database { get; } = database;

    public static async Task<AllianceAppFactory> StartAsync(
        DatabaseProvider provider,
        bool demo = true,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var factory = new AllianceAppFactory(await TestDatabase.CreateAsync(provider), demo, settings, configureServices);
        _ = factory.Server; // builds the host: migrations, instruments and demo data are in place before the first test
        return factory;
    }

    public HttpClient CreateHttpsClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
    });

    public AllianceDbContext NewDbContext() =>
        Services.CreateScope().ServiceProvider.GetRequiredService<AllianceDbContext>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // UseSetting, unlike ConfigureAppConfiguration, is already visible while Program reads its configuration.
        var values = TestSettings.For(Database, demo);
        foreach (var (key, value) in values.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
