namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>The settings every test application runs with, in-process or as its own process.</summary>
public static class TestSettings
{
    public static Dictionary<string, string?> For(TestDatabase database, bool demo) => new()
    {
        ["Database:Provider"] = database.Provider.ToString(),
        ["Database:ConnectionString"] = database.ConnectionString,
        ["Database:ApplyMigrationsAtStartup"] = "true",
        ["Demo:Enabled"] = demo.ToString(),
        ["Demo:Password"] = AllianceAppFactory.DemoPassword,
        // the tests read the English page texts; the localization tests choose their language themselves
        ["Localization:DefaultCulture"] = "en",
        // the suites sign in and call the API far more often than a person; the limiter's own tests set small limits
        ["Hardening:SignInAttemptsPerWindow"] = "100000",
        ["Hardening:TokenRequestsPerWindow"] = "100000",
        ["Hardening:ApiRequestsPerWindow"] = "100000",
    };
}
