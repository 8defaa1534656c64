using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Patients;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Security;

public class SecurityHeadersTests(DatabaseProvider provider) : AppFixture(provider)
{
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task SignIn() => _client = await App.SignInAsync("therapist1@demo.example");

    [OneTimeTearDown]
    public void SignOut() => _client.Dispose();

    [Test]
    public async Task A_page_carries_the_security_headers_and_is_not_stored()
    {
        using var response = await _client.GetAsync("/Patients");

        AssertSecurityHeaders(response, HttpStatusCode.OK, "text/html");
        AssertNotStored(response);
    }

    [Test]
    public async Task An_api_answer_carries_the_security_headers_and_is_not_stored()
    {
        using var response = await _client.GetAsync("/api/v1/patients");

        AssertSecurityHeaders(response, HttpStatusCode.OK, "application/json");
        AssertNotStored(response);
    }

    [Test]
    public async Task A_problem_details_error_carries_the_security_headers_and_is_not_stored()
    {
        using var response = await _client.GetAsync($"/api/v1/patients/{Guid.NewGuid()}");

        AssertSecurityHeaders(response, HttpStatusCode.NotFound, "application/problem+json");
        AssertNotStored(response);
    }

    [Test]
    public async Task A_pdf_carries_the_security_headers_and_is_not_stored()
    {
        var patient = (await (await _client.GetAsync("/api/v1/patients")).ReadAsync<List<PatientSummary>>()).First();

        using var response = await _client.GetAsync($"/api/v1/patients/{patient.Id}/summary?audience=clinical&lang=en&format=pdf");

        AssertSecurityHeaders(response, HttpStatusCode.OK, "application/pdf");
        AssertNotStored(response);
    }

    [Test]
    public async Task A_static_file_carries_the_security_headers_and_may_be_cached()
    {
        using var anonymous = App.CreateHttpsClient();

        using var response = await anonymous.GetAsync("/css/site.css");

        AssertSecurityHeaders(response, HttpStatusCode.OK, "text/css");
        Assert.That(response.Headers.CacheControl?.NoStore ?? false, Is.False);
    }

    [Test]
    public async Task The_content_security_policy_allows_no_inline_script_and_no_framing()
    {
        using var response = await _client.GetAsync("/Patients");
        var policy = Header(response, "Content-Security-Policy");

        Assert.Multiple(() =>
        {
            Assert.That(policy, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'"));
            Assert.That(policy, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"));
        });
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, HttpStatusCode status, string mediaType) =>
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            Assert.That(Header(response, "Content-Security-Policy"), Does.Contain("default-src 'self'"));
            Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"));
            Assert.That(Header(response, "Permissions-Policy"), Does.Contain("camera=()"));
            Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
        });

    private static void AssertNotStored(HttpResponseMessage response) =>
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
