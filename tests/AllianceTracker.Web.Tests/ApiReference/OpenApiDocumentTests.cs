using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.ApiReference;

public partial class OpenApiDocumentTests(DatabaseProvider provider) : AppFixture(provider)
{
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
    public async Task The_reference_page_lists_every_operation_of_the_document_once()
    {
        using var anonymous = App.CreateHttpsClient();

        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order().ToList();
        using var page = await anonymous.GetAsync("/ApiReference");
        var listed = OperationHeading().Matches(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()))
            .Select(m => $"{m.Groups["method"].Value} {m.Groups["path"].Value}").Order().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(documented, Has.Count.GreaterThan(50));
            Assert.That(listed, Is.EqualTo(documented));
        });
    }

    [Test]
    public async Task The_reference_page_spells_out_a_request_body_and_the_responses()
    {
        using var anonymous = App.CreateHttpsClient();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/ApiReference"));
        var followUp = html[html.IndexOf("<code>/api/v1/autonomy-decisions/{id}/follow-up</code>", StringComparison.Ordinal)..];
        followUp = followUp[..followUp.IndexOf("</article>", StringComparison.Ordinal)];

        Assert.Multiple(() =>
        {
            Assert.That(followUp, Does.Contain("Records the follow-up conversation offered (and held) after the measure."));
            Assert.That(followUp, Does.Contain("<th scope=\"row\"><code>id</code></th><td>path</td><td>string (uuid)</td><td>yes</td>"));
            Assert.That(followUp, Does.Contain("<th scope=\"row\"><code>offeredAt</code></th><td>string (date-time)</td>"));
            Assert.That(followUp, Does.Contain("<th scope=\"row\">201</th>"));
        });
    }

    [GeneratedRegex("<h3><span class=\"method\">(?<method>[A-Z]+)</span> <code>(?<path>[^<]+)</code></h3>")]
    private static partial Regex OperationHeading();
}
