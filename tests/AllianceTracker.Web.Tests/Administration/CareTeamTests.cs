using System.Net;
using System.Text.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.CareTeams;
using AllianceTracker.Web.Tests.Account;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Administration;

public class CareTeamTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Admin = "admin@demo.example";

    [Test]
    public async Task An_administrator_sees_alias_ward_and_members_only_and_adds_a_member_who_can_then_open_the_record()
    {
        var (patientId, _) = await PatientOfTherapist1Async(0);
        var newcomer = await App.CreateAsync();
        var newcomerId = await UserIdAsync(newcomer);
        using var admin = await App.SignInAsync(Admin);
        using var member = await App.SignInAsync(newcomer, StaffAccounts.Password);

        using var before = await member.GetAsync($"/api/v1/patients/{patientId}");
        using var team = await admin.GetAsync($"/api/v1/patients/{patientId}/care-team");
        var json = await team.Content.ReadAsStringAsync();
        using var added = await admin.PostJsonAsync($"/api/v1/patients/{patientId}/care-team", new { staffUserId = newcomerId });
        using var again = await admin.PostJsonAsync($"/api/v1/patients/{patientId}/care-team", new { staffUserId = newcomerId });
        using var after = await member.GetAsync($"/api/v1/patients/{patientId}");
        using var record = await admin.GetAsync($"/api/v1/patients/{patientId}");

        Assert.Multiple(async () =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(team.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name),
                Is.EqualTo(new[] { "patientId", "displayAlias", "wardName", "members" }), "alias, ward and members, no clinical content");
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await again.FieldErrorsAsync("staffUserId"), Has.Some.Contains("already"));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(record.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "managing the team does not open the record");
            Assert.That(await AuditedAsync(patientId, AuditAction.Create, AuditOutcome.Success), Is.True);
        });
    }

    [Test]
    public async Task A_therapist_on_the_team_adds_a_colleague_of_the_ward_only_and_a_therapist_outside_gets_404_audited()
    {
        var (patientId, wardId) = await PatientOfTherapist1Async(1);
        var colleague = await App.CreateAsync();
        var stranger = await App.CreateAsync();
        await using (var db = App.NewDbContext())
        {
            db.WardMemberships.Add(new WardMembership { StaffUserId = await UserIdAsync(colleague), WardId = wardId, From = DateTimeOffset.UtcNow.AddDays(-1) });
            await db.SaveChangesAsync();
        }

        using var therapist = await App.SignInAsync("therapist1@demo.example");
        using var outsider = await App.SignInAsync("therapist2@demo.example");
        using var refusedStranger = await therapist.PostJsonAsync($"/api/v1/patients/{patientId}/care-team", new { staffUserId = await UserIdAsync(stranger) });
        using var added = await therapist.PostJsonAsync($"/api/v1/patients/{patientId}/care-team", new { staffUserId = await UserIdAsync(colleague) });
        using var outside = await outsider.PostJsonAsync($"/api/v1/patients/{patientId}/care-team", new { staffUserId = await UserIdAsync(colleague) });
        using var removeByTherapist = await therapist.DeleteAsync($"/api/v1/patients/{patientId}/care-team/{await UserIdAsync(colleague)}");

        Assert.Multiple(async () =>
        {
            Assert.That(await refusedStranger.FieldErrorsAsync("staffUserId"), Has.Some.Contains("colleague of the patient's ward"));
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(removeByTherapist.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await AuditedAsync(patientId, AuditAction.Create, AuditOutcome.NotFound), Is.True);
        });
    }

    [Test]
    public async Task An_administrator_removes_a_member_but_not_the_last_one()
    {
        var (patientId, _) = await PatientOfTherapist1Async(2);
        var extra = await App.CreateAsync();
        var extraId = await UserIdAsync(extra);
        using var admin = await App.SignInAsync(Admin);
        using var added = await admin.PostJsonAsync($"/api/v1/patients/{patientId}/care-team", new { staffUserId = extraId });

        using var removed = await admin.DeleteAsync($"/api/v1/patients/{patientId}/care-team/{extraId}");
        var team = await (await admin.GetAsync($"/api/v1/patients/{patientId}/care-team")).ReadAsync<CareTeamView>();
        foreach (var other in team.Members.Skip(1))
        {
            (await admin.DeleteAsync($"/api/v1/patients/{patientId}/care-team/{other.StaffUserId}")).Dispose();
        }

        using var last = await admin.DeleteAsync($"/api/v1/patients/{patientId}/care-team/{team.Members[0].StaffUserId}");
        using var notMember = await admin.DeleteAsync($"/api/v1/patients/{patientId}/care-team/{extraId}");

        Assert.Multiple(async () =>
        {
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(team.Members.Select(m => m.StaffUserId), Does.Not.Contain(extraId));
            Assert.That(await last.FieldErrorsAsync("staffUserId"), Has.Some.Contains("last member"));
            Assert.That(notMember.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await AuditedAsync(patientId, AuditAction.Amend, AuditOutcome.Success), Is.True);
            Assert.That(await AuditedAsync(patientId, AuditAction.Amend, AuditOutcome.Failed), Is.True);
        });
    }

    /// <summary>
    /// A patient of therapist1's team and not of therapist2's; each test takes another one, so that one test's change
    /// of a team does not meet another's.
    /// </summary>
    private async Task<(Guid PatientId, Guid WardId)> PatientOfTherapist1Async(int which)
    {
        var therapist = await UserIdAsync("therapist1@demo.example");
        var outsider = await UserIdAsync("therapist2@demo.example");
        await using var db = App.NewDbContext();
        var patient = await db.Patients
            .Where(p => db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == therapist && m.To == null) &&
                        !db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == outsider))
            .OrderBy(p => p.DisplayAlias).Skip(which).Select(p => new { p.Id, p.WardId }).FirstAsync();
        return (patient.Id, patient.WardId);
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<bool> AuditedAsync(Guid patientId, AuditAction action, AuditOutcome outcome)
    {
        await using var db = App.NewDbContext();
        return await db.AuditEvents.AnyAsync(a => a.PatientId == patientId && a.Resource == CareTeams.Resource && a.Action == action && a.Outcome == outcome);
    }
}
