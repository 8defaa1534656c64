using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Infrastructure;

/// <summary>Drives the system's Chromium: a browser download cannot work on the machines these tests run on.</summary>
public static class BrowserLauncher
{
    private const string DefaultChromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ALLIANCE_CHROMIUM") ?? DefaultChromium;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {executable}. Install it (Debian/Ubuntu: apt-get install chromium) " +
                "or set ALLIANCE_CHROMIUM to the browser's path.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
