using System.Net;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.NeedToKnow;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.AccessControl;

public class NeedToKnowTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Manager = "manager@demo.example";
    private const string Reason = "Covering the night shift; the patient asked to speak to the manager.";

    [Test]
    public async Task A_manager_opens_a_patient_outside_the_care_team_only_after_stating_a_reason_and_the_access_is_audited()
    {
        var (managerId, patientId) = await ManagerAndPatientOutsideTheirCareTeamAsync();
        using var client = await App.SignInAsync(Manager);

        using var before = await client.GetAsync($"/api/v1/patients/{patientId}");
        using var granted = await client.PostJsonAsync($"/api/v1/patients/{patientId}/need-to-know", new { reason = Reason });
        var view = await granted.ReadAsync<NeedToKnowView>();
        using var after = await client.GetAsync($"/api/v1/patients/{patientId}");
        await using var db = App.NewDbContext();
        var stored = await db.NeedToKnowAccesses.SingleAsync(a => a.Id == view.Id);
        var audit = await db.AuditEvents.Where(a => a.PatientId == patientId && a.UserId == managerId).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(granted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stored.Reason, Is.EqualTo(Reason));
            Assert.That(stored.ExpiresAt - stored.GrantedAt, Is.EqualTo(TimeSpan.FromHours(NeedToKnowRequestValidator.DefaultHours)));
            Assert.That(audit.Select(a => (a.Action, a.Resource, a.Outcome)), Is.SupersetOf(new[]
            {
                (AuditAction.Read, "Patient", AuditOutcome.NotFound),
                (AuditAction.Create, "NeedToKnowAccess", AuditOutcome.Success),
                (AuditAction.Read, "Patient", AuditOutcome.Success),
            }));
            Assert.That(audit.Single(a => a.Resource == "NeedToKnowAccess").ResourceId, Is.EqualTo(view.Id.ToString()));
        });
    }

    [Test]
    public async Task A_reason_too_short_or_an_access_longer_than_a_day_is_refused_naming_the_field()
    {
        var (_, patientId) = await ManagerAndPatientOutsideTheirCareTeamAsync();
        using var client = await App.SignInAsync(Manager);

        using var shortReason = await client.PostJsonAsync($"/api/v1/patients/{patientId}/need-to-know", new { reason = "curious" });
        using var tooLong = await client.PostJsonAsync($"/api/v1/patients/{patientId}/need-to-know", new { reason = Reason, hours = 25 });

        Assert.That(await shortReason.FieldErrorsAsync("reason"), Has.Some.Contains("at least"));
        Assert.That(await tooLong.FieldErrorsAsync("hours"), Has.Some.Contains("24 hours"));
    }

    [Test]
    public async Task A_patient_on_a_ward_the_caller_does_not_work_on_is_not_found_and_the_attempt_is_audited()
    {
        var managerId = await UserIdAsync(Manager);
        var patientId = await PatientOnAWardOfNoOneAsync();
        using var client = await App.SignInAsync(Manager);

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patientId}/need-to-know", new { reason = Reason });
        using var page = await client.GetAsync($"/NeedToKnow/{patientId}");
        await using var db = App.NewDbContext();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await db.NeedToKnowAccesses.AnyAsync(a => a.PatientId == patientId), Is.False);
            Assert.That(await db.AuditEvents.AnyAsync(a =>
                a.PatientId == patientId && a.UserId == managerId && a.Resource == "NeedToKnowAccess" && a.Outcome == AuditOutcome.NotFound), Is.True);
        });
    }

    [Test]
    public async Task An_administrator_cannot_take_a_need_to_know_access()
    {
        var (_, patientId) = await ManagerAndPatientOutsideTheirCareTeamAsync();
        using var client = await App.SignInAsync("admin@demo.example");

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patientId}/need-to-know", new { reason = Reason });
        using var read = await client.GetAsync($"/api/v1/patients/{patientId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_ward_patient_list_shows_aliases_of_the_callers_wards_only_and_the_request_page_grants_through_the_form()
    {
        var (managerId, patientId) = await ManagerAndPatientOutsideTheirCareTeamAsync();
        var elsewhere = await PatientOnAWardOfNoOneAsync();
        await using var db = App.NewDbContext();
        var alias = await db.Patients.Where(p => p.Id == patientId).Select(p => p.DisplayAlias).SingleAsync();
        var hiddenAlias = await db.Patients.Where(p => p.Id == elsewhere).Select(p => p.DisplayAlias).SingleAsync();
        using var client = await App.SignInAsync(Manager);

        var list = await client.GetStringAsync("/NeedToKnow");
        var token = await StaffSignIn.AntiforgeryTokenAsync(client, $"/NeedToKnow/{patientId}");
        using var posted = await client.PostAsync($"/NeedToKnow/{patientId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reason"] = Reason, ["Hours"] = "2", ["__RequestVerificationToken"] = token,
        }));
        var stored = await db.NeedToKnowAccesses.Where(a => a.PatientId == patientId && a.StaffUserId == managerId)
            .OrderByDescending(a => a.GrantedAt).FirstAsync();

        Assert.Multiple(() =>
        {
            Assert.That(list, Does.Contain(alias));
            Assert.That(list, Does.Not.Contain(hiddenAlias));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(posted.Headers.Location?.OriginalString, Is.EqualTo($"/Patients/{patientId}"));
            Assert.That(stored.ExpiresAt - stored.GrantedAt, Is.EqualTo(TimeSpan.FromHours(2)));
        });
    }

    [Test]
    public async Task The_review_page_lists_need_to_know_accesses_with_their_reason_and_refused_attempts()
    {
        var (_, patientId) = await ManagerAndPatientOutsideTheirCareTeamAsync();
        await using var db = App.NewDbContext();
        var alias = await db.Patients.Where(p => p.Id == patientId).Select(p => p.DisplayAlias).SingleAsync();
        using (var outsider = await App.SignInAsync(await TherapistOutsideTheCareTeamAsync(patientId)))
        {
            using var refused = await outsider.GetAsync($"/api/v1/patients/{patientId}");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        using var manager = await App.SignInAsync(Manager);
        (await manager.PostJsonAsync($"/api/v1/patients/{patientId}/need-to-know", new { reason = Reason })).Dispose();
        var review = WebUtility.HtmlDecode(await manager.GetStringAsync("/NeedToKnow/Review"));
        using var therapist = await App.SignInAsync("therapist1@demo.example");
        using var forbidden = await therapist.GetAsync("/NeedToKnow/Review");

        Assert.Multiple(() =>
        {
            Assert.That(review, Does.Contain(Reason));
            Assert.That(review, Does.Contain(alias));
            Assert.That(review, Does.Contain("Ward Manager (demo)"));
            Assert.That(review, Does.Contain("refused (not found)"));
            Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(forbidden.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
        });
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<(Guid ManagerId, Guid PatientId)> ManagerAndPatientOutsideTheirCareTeamAsync()
    {
        var managerId = await UserIdAsync(Manager);
        await using var db = App.NewDbContext();
        var patientId = await db.Patients
            .Where(p => !p.DisplayAlias.StartsWith("Elsewhere") &&
                        !db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == managerId) &&
                        !db.NeedToKnowAccesses.Any(a => a.PatientId == p.Id && a.StaffUserId == managerId))
            .OrderBy(p => p.DisplayAlias).Select(p => p.Id).FirstAsync();
        return (managerId, patientId);
    }

    private async Task<string> TherapistOutsideTheCareTeamAsync(Guid patientId)
    {
        await using var db = App.NewDbContext();
        return await db.Users
            .Where(u => u.Email!.StartsWith("therapist") && !db.CareTeamMemberships.Any(m => m.PatientId == patientId && m.StaffUserId == u.Id))
            .OrderBy(u => u.Email).Select(u => u.Email!).FirstAsync();
    }

    /// <summary>A ward no demo account works on, with one patient, made directly in the database.</summary>
    private async Task<Guid> PatientOnAWardOfNoOneAsync()
    {
        await using var db = App.NewDbContext();
        var institutionId = await db.Institutions.Select(i => i.Id).FirstAsync();
        var ward = new Ward { InstitutionId = institutionId, Name = "Ward elsewhere " + Guid.NewGuid().ToString("N")[..6] };
        var patient = new Patient
        {
            WardId = ward.Id, DisplayAlias = "Elsewhere " + Guid.NewGuid().ToString("N")[..6], RegisteredAt = DateTimeOffset.UtcNow,
        };
        db.Wards.Add(ward);
        db.Patients.Add(patient);
        await db.SaveChangesAsync();
        return patient.Id;
    }
}
