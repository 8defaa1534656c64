using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.ApiReference;

public partial class ApiReferenceTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task Signed_in_staff_get_the_reference_page_with_its_script_served_by_the_application()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");

        using var entry = await client.GetAsync("/api/reference");
        using var page = entry.StatusCode == HttpStatusCode.OK ? entry : await client.GetAsync(entry.Headers.Location);
        var html = await page.Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        var script = scripts.Single();
        using var scriptResponse = await client.GetAsync(new Uri(new Uri("https://localhost/api/reference/"), script));

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("/openapi/v1.json"));
            Assert.That(html, Does.Not.Contain("cdn.jsdelivr.net").And.Not.Contain("fonts.scalar.com"));
            Assert.That(script, Does.Not.StartWith("http"));
            Assert.That(scriptResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(scriptResponse.Content.Headers.ContentType?.MediaType, Does.Contain("javascript"));
        });
    }

    [Test]
    public async Task The_openapi_document_describes_the_amendment_endpoints()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/v1/sessions/{id}/versions", "/api/v1/decisions/{id}/versions", "/api/v1/autonomy-decisions/{id}/versions",
            "/api/v1/retained-autonomy/{id}/versions", "/api/v1/goals/{id}/versions", "/api/v1/patients/{id}/crisis-plan",
        }));
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var anonymous = App.CreateHttpsClient();

        using var response = await anonymous.GetAsync("/api/reference");

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized));
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}
