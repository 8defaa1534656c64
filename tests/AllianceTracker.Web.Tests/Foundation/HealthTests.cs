using System.Net;
using System.Text.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Foundation;

public class HealthTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task Live_answers_without_signing_in()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ready_reports_the_database_migrated_and_a_usable_font()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.GetAsync("/health/ready");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(checks.GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(checks.GetProperty("fonts").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        });
    }
}
