using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Account;

public class TokenApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_scripted_client_gets_a_bearer_token_and_reads_its_patients_with_it()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.PostJsonAsync("/api/v1/auth/token",
            new { email = "therapist1@demo.example", password = AllianceAppFactory.DemoPassword });
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var accessToken = token.RootElement.GetProperty("accessToken").GetString();

        using var api = App.CreateHttpsClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var patients = await api.GetAsync("/api/v1/patients");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(token.RootElement.GetProperty("expiresIn").GetInt32(), Is.EqualTo(1800));
            Assert.That(patients.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_wrong_password_gets_401_problem_details()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.PostJsonAsync("/api/v1/auth/token", new { email = "therapist1@demo.example", password = "wrong password here" });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [TestCase("email", "")]
    [TestCase("oneTimeCode", "12ab")]
    public async Task Invalid_token_requests_name_the_field(string field, string value)
    {
        using var client = App.CreateHttpsClient();
        var body = new Dictionary<string, object?> { ["email"] = "therapist1@demo.example", ["password"] = "x", [field] = value };

        using var response = await client.PostJsonAsync("/api/v1/auth/token", body);

        Assert.That(await response.FieldErrorsAsync(field), Is.Not.Empty);
    }

    [Test]
    public async Task A_forged_bearer_token_is_refused()
    {
        using var api = App.CreateHttpsClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged-token");

        using var response = await api.GetAsync("/api/v1/patients");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
