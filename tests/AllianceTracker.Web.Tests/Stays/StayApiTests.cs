using System.Net;
using AllianceTracker.Core.Stays;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Stays;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Stays;

public class StayApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    private async Task<(HttpClient Client, Guid PatientId, EpisodeView Episode)> AdmittedAsync()
    {
        var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var episode = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/episodes", new
        {
            admittedAt = DateTimeOffset.UtcNow.AddDays(-10), legalStatus = "compulsoryObservation", legalSection = "§3-2",
        })).ReadAsync<EpisodeView>();
        return (client, patient.Id, episode);
    }

    [Test]
    public async Task A_stay_records_legal_status_over_time_capacity_and_discharge()
    {
        var (client, patientId, episode) = await AdmittedAsync();
        using (client)
        {
            (await client.PostJsonAsync($"/api/v1/episodes/{episode.Id}/legal-status",
                new { status = "compulsoryCare", legalSection = "§3-3", from = DateTimeOffset.UtcNow.AddDays(-7) })).Dispose();
            (await client.PostJsonAsync($"/api/v1/episodes/{episode.Id}/capacity-assessments",
                new { assessedAt = DateTimeOffset.UtcNow.AddDays(-8), result = "lacksCapacity", scope = "Consent to care" })).Dispose();
            (await client.PostJsonAsync($"/api/v1/episodes/{episode.Id}/discharge", new { dischargedAt = DateTimeOffset.UtcNow.AddHours(-1) })).Dispose();

            var stays = await (await client.GetAsync($"/api/v1/patients/{patientId}/episodes")).ReadAsync<List<EpisodeView>>();
            var stay = stays.Single();

            Assert.Multiple(() =>
            {
                Assert.That(stay.LegalStatus.Select(s => s.Status), Is.EqualTo(new[] { LegalStatus.CompulsoryObservation, LegalStatus.CompulsoryCare }));
                Assert.That(stay.CapacityAssessments.Single().Result, Is.EqualTo(CapacityResult.LacksCapacity));
                Assert.That(stay.DischargedAt, Is.Not.Null);
            });
        }
    }

    [Test]
    public async Task A_second_open_stay_and_a_second_discharge_are_refused()
    {
        var (client, patientId, episode) = await AdmittedAsync();
        using (client)
        {
            using var again = await client.PostJsonAsync($"/api/v1/patients/{patientId}/episodes",
                new { admittedAt = DateTimeOffset.UtcNow.AddDays(-1), legalStatus = "voluntary" });
            (await client.PostJsonAsync($"/api/v1/episodes/{episode.Id}/discharge", new { dischargedAt = DateTimeOffset.UtcNow.AddHours(-1) })).Dispose();
            using var twice = await client.PostJsonAsync($"/api/v1/episodes/{episode.Id}/discharge", new { dischargedAt = DateTimeOffset.UtcNow });

            Assert.That(await again.FieldErrorsAsync("admittedAt"), Has.Some.Contains("already admitted"));
            Assert.That(await twice.FieldErrorsAsync("dischargedAt"), Has.Some.Contains("already ended"));
        }
    }

    [TestCase("legal-status", "legalSection", "legal section")]
    [TestCase("legal-status", "from", "within the stay")]
    [TestCase("capacity-assessments", "result", "not valid")]
    [TestCase("capacity-assessments", "assessedAt", "before it has happened")]
    [TestCase("discharge", "dischargedAt", "before the admission")]
    public async Task Invalid_stay_changes_are_refused_naming_the_field(string action, string field, string expected)
    {
        var (client, _, episode) = await AdmittedAsync();
        using (client)
        {
            object body = (action, field) switch
            {
                ("legal-status", "legalSection") => new { status = "compulsoryCare", from = DateTimeOffset.UtcNow.AddDays(-5) },
                ("legal-status", _) => new { status = "voluntary", from = DateTimeOffset.UtcNow.AddDays(-30) },
                ("capacity-assessments", "result") => new { assessedAt = DateTimeOffset.UtcNow.AddDays(-1), result = "maybe" },
                ("capacity-assessments", _) => new { assessedAt = DateTimeOffset.UtcNow.AddDays(3), result = "hasCapacity" },
                _ => new { dischargedAt = DateTimeOffset.UtcNow.AddDays(-20) },
            };

            using var response = await client.PostJsonAsync($"/api/v1/episodes/{episode.Id}/{action}", body);

            Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
        }
    }

    [Test]
    public async Task Another_care_teams_stays_are_not_found()
    {
        var (client, patientId, episode) = await AdmittedAsync();
        client.Dispose();
        using var stranger = await App.SignInAsync("therapist4@demo.example");

        var statuses = new List<HttpStatusCode>();
        foreach (var response in new[]
                 {
                     await stranger.GetAsync($"/api/v1/patients/{patientId}/episodes"),
                     await stranger.PostJsonAsync($"/api/v1/episodes/{episode.Id}/discharge", new { dischargedAt = DateTimeOffset.UtcNow }),
                     await stranger.PostJsonAsync($"/api/v1/episodes/{episode.Id}/capacity-assessments", new { assessedAt = DateTimeOffset.UtcNow, result = "hasCapacity" }),
                 })
        {
            statuses.Add(response.StatusCode);
            response.Dispose();
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
