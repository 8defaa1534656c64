using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Patients;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Patients;

public class RegisterPatientTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_registered_patient_is_on_the_registering_therapists_care_team()
    {
        using var client = await App.SignInAsync("therapist2@demo.example");
        var patient = await App.RegisterPatientAsync(client, "Sparrow");

        var fetched = await (await client.GetAsync($"/api/v1/patients/{patient.Id}")).ReadAsync<PatientDetails>();
        using var stranger = await App.SignInAsync("therapist3@demo.example");
        using var hidden = await stranger.GetAsync($"/api/v1/patients/{patient.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(fetched.DisplayAlias, Is.EqualTo("Sparrow"));
            Assert.That(fetched.IsSynthetic, Is.False);
            Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("displayAlias", "", "alias")]
    [TestCase("displayAlias", "Patient 010190 12345", "identity number")]
    [TestCase("hospitalRecordReference", "01019012345", "identity number")]
    [TestCase("preferredLanguage", "de", "nb, nn, en")]
    public async Task Invalid_fields_are_named_in_the_problem(string field, string value, string expected)
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        await using var db = App.NewDbContext();
        var body = new Dictionary<string, object?>
        {
            ["wardId"] = await db.Wards.Select(w => w.Id).FirstAsync(),
            ["displayAlias"] = "Heron",
            ["preferredLanguage"] = "en",
            [field] = value,
        };

        using var response = await client.PostJsonAsync("/api/v1/patients", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [Test]
    public async Task A_ward_the_therapist_does_not_work_on_is_refused()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");

        using var response = await client.PostJsonAsync("/api/v1/patients", new { wardId = Guid.NewGuid(), displayAlias = "Heron", preferredLanguage = "en" });

        Assert.That(await response.FieldErrorsAsync("wardId"), Has.Some.Contains("ward you work on"));
    }

    [Test]
    public async Task A_wrongly_typed_field_is_named_not_a_server_error()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");

        using var response = await client.PostJsonAsync("/api/v1/patients", new { wardId = "not-a-guid", displayAlias = "Heron", preferredLanguage = "en" });

        Assert.That(await response.FieldErrorsAsync("wardId"), Is.Not.Empty);
    }

    [Test]
    public async Task Anonymous_callers_cannot_register_patients()
    {
        using var client = App.CreateHttpsClient();

        using var response = await client.PostJsonAsync("/api/v1/patients", new { wardId = Guid.NewGuid(), displayAlias = "Heron", preferredLanguage = "en" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
