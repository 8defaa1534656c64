using System.Text.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.ApiReference;

public class OpenApiDocumentTests(DatabaseProvider provider) : AppFixture(provider)
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
}
