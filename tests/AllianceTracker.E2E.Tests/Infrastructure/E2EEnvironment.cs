using AllianceTracker.Data.Providers;
using AllianceTracker.E2E.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

/// <summary>One application on a real port and one headless Chromium for the whole browser run.</summary>
[SetUpFixture]
public sealed class E2EEnvironment
{
    [OneTimeSetUp]
    public async Task Start()
    {
        var factory = new AllianceAppFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Chromium accepts the Secure __Host- cookie over plain http only on "localhost".
        var port = new Uri(address).Port;
        E2E.Start(factory, new Uri($"http://localhost:{port}"), await BrowserLauncher.LaunchAsync());
    }

    [OneTimeTearDown]
    public async Task Stop() => await E2E.StopAsync();
}

namespace AllianceTracker.E2E.Tests.Infrastructure
{
    public static class E2E
    {
        private static AllianceAppFactory? _app;
        private static Uri? _baseUrl;
        private static (IPlaywright Playwright, IBrowser Browser)? _browser;

        public static AllianceAppFactory App => _app ?? throw new InvalidOperationException("The application has not started.");
        public static Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("The application has not started.");
        public static IBrowser Browser => _browser?.Browser ?? throw new InvalidOperationException("The browser has not started.");

        /// <summary>
        /// A browser context whose waits allow a minute: on a shared two-core build machine a sign-in alone (password
        /// hashing, then the page) has taken longer than Playwright's default 30 s.
        /// </summary>
        public static async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
        {
            var context = await Browser.NewContextAsync(options);
            context.SetDefaultTimeout(60_000);
            context.SetDefaultNavigationTimeout(60_000);
            return context;
        }

        internal static void Start(AllianceAppFactory app, Uri baseUrl, (IPlaywright, IBrowser) browser)
        {
            _app = app;
            _baseUrl = baseUrl;
            _browser = browser;
        }

        internal static async Task StopAsync()
        {
            if (_browser is { } b)
            {
                await b.Browser.DisposeAsync();
                b.Playwright.Dispose();
            }

            _app?.Dispose();
        }
    }
}
