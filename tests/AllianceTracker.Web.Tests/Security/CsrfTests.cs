using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Security;

public class CsrfTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_change_through_the_api_with_the_session_cookie_but_no_antiforgery_token_is_refused()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        client.DefaultRequestHeaders.Remove(StaffSignIn.AntiforgeryHeader);
        var patientsBefore = await PatientCountAsync();

        using var response = await client.PostJsonAsync("/api/v1/patients", await NewPatientAsync());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.RootElement.GetProperty("detail").GetString(), Does.Contain(StaffSignIn.AntiforgeryHeader));
            Assert.That(await PatientCountAsync(), Is.EqualTo(patientsBefore));
        });
    }

    [Test]
    public async Task The_same_change_with_the_antiforgery_token_is_accepted()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");

        using var response = await client.PostJsonAsync("/api/v1/patients", await NewPatientAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_bearer_token_caller_needs_no_antiforgery_token()
    {
        using var anonymous = App.CreateHttpsClient();
        using var tokenResponse = await anonymous.PostJsonAsync("/api/v1/auth/token",
            new { email = "therapist1@demo.example", password = AllianceAppFactory.DemoPassword });
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        using var api = App.CreateHttpsClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());

        using var response = await api.PostJsonAsync("/api/v1/patients", await NewPatientAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private async Task<object> NewPatientAsync()
    {
        await using var db = App.NewDbContext();
        var wardId = await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();
        return new { wardId, displayAlias = "Wren", preferredLanguage = "nb" };
    }

    private async Task<int> PatientCountAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Patients.CountAsync();
    }
}
