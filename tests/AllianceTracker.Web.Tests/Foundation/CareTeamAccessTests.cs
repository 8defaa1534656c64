using System.Net;
using System.Net.Http.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Patients;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Foundation;

public class CareTeamAccessTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_patient_list_holds_exactly_the_patients_of_the_callers_care_teams()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        var listed = await client.GetFromJsonAsync<List<PatientSummary>>("/api/v1/patients");
        await using var db = App.NewDbContext();
        var therapist = await db.Users.SingleAsync(u => u.Email == "therapist1@demo.example");
        var expected = await db.CareTeamMemberships.Where(m => m.StaffUserId == therapist.Id).Select(m => m.PatientId).Distinct().ToListAsync();

        Assert.That(listed!.Select(p => p.Id), Is.EquivalentTo(expected));
        Assert.That(expected, Is.Not.Empty);
    }

    [Test]
    public async Task A_patient_outside_the_care_team_is_not_found_and_the_attempt_is_audited()
    {
        await using var db = App.NewDbContext();
        var therapist = await db.Users.SingleAsync(u => u.Email == "therapist2@demo.example");
        var stranger = await db.Patients
            .Where(p => !db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == therapist.Id))
            .Select(p => p.Id).FirstAsync();
        using var client = await App.SignInAsync("therapist2@demo.example");

        using var response = await client.GetAsync($"/api/v1/patients/{stranger}");
        var audit = await db.AuditEvents.Where(a => a.PatientId == stranger && a.UserId == therapist.Id).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(audit.Select(a => (a.Action, a.Outcome, a.Resource)), Does.Contain((AuditAction.Read, AuditOutcome.NotFound, "Patient")));
        });
    }

    [Test]
    public async Task Reading_an_own_patient_succeeds_and_is_audited_without_clinical_content()
    {
        await using var db = App.NewDbContext();
        var therapist = await db.Users.SingleAsync(u => u.Email == "therapist3@demo.example");
        var own = await db.CareTeamMemberships.Where(m => m.StaffUserId == therapist.Id).Select(m => m.PatientId).FirstAsync();
        using var client = await App.SignInAsync("therapist3@demo.example");

        var patient = await client.GetFromJsonAsync<PatientDetails>($"/api/v1/patients/{own}");
        var audit = await db.AuditEvents.Where(a => a.PatientId == own && a.UserId == therapist.Id).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(patient!.Id, Is.EqualTo(own));
            Assert.That(audit, Has.Some.Matches<AuditEvent>(a =>
                a.Outcome == AuditOutcome.Success && a.Resource == "Patient" && a.ResourceId == own.ToString() &&
                a.Role == "Therapist" && a.CorrelationId != null));
        });
    }

    [Test]
    public async Task The_api_answers_anonymous_callers_with_401_problem_details()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.GetAsync("/api/v1/patients");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }
}

public class PageErrorTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_browser_asking_for_a_patient_outside_the_care_team_gets_a_plain_not_found_page()
    {
        await using var db = App.NewDbContext();
        var therapist = await db.Users.SingleAsync(u => u.Email == "therapist2@demo.example");
        var stranger = await db.Patients
            .Where(p => !db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == therapist.Id))
            .Select(p => new { p.Id, p.DisplayAlias }).FirstAsync();
        using var client = await App.SignInAsync("therapist2@demo.example");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var response = await client.GetAsync($"/Patients/{stranger.Id}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(page, Does.Contain("Patient was not found."));
            Assert.That(page, Does.Not.Contain(stranger.DisplayAlias));
        });
    }
}
