using System.Net;
using System.Net.Http.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Administration.Staff;
using AllianceTracker.Web.Tests.Account;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Administration;

public class StaffAdministrationTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Admin = "admin@demo.example";
    private const string NewPassword = "a new colleague's long passphrase";

    [Test]
    public async Task An_invited_staff_member_sets_a_password_through_the_one_time_link_and_signs_in()
    {
        using var admin = await App.SignInAsync(Admin);
        var ward = await AnyWardAsync();
        var email = NewEmail();

        using var invited = await admin.PostJsonAsync("/api/v1/staff",
            new { displayName = "New Colleague", email, roles = new[] { StaffRole.Therapist }, wardIds = new[] { ward } });
        var invitation = await invited.ReadAsync<InvitationView>();
        using var weak = await PostSetPasswordAsync(invitation.SetPasswordUrl, "password1234");
        using var set = await PostSetPasswordAsync(invitation.SetPasswordUrl, NewPassword);
        using var reused = await PostSetPasswordAsync(invitation.SetPasswordUrl, NewPassword + " again");
        using var colleague = await App.SignInAsync(email, NewPassword);
        var listed = (await admin.GetFromJsonAsync<List<StaffView>>("/api/v1/staff", ApiJson.Options))!.Single(s => s.Email == email);

        Assert.Multiple(async () =>
        {
            Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(invitation.ExpiresAt - DateTimeOffset.UtcNow, Is.GreaterThan(TimeSpan.FromHours(71)).And.LessThanOrEqualTo(TimeSpan.FromHours(72)));
            Assert.That(await weak.Content.ReadAsStringAsync(), Does.Contain("common"), "the password policy applies");
            Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await reused.Content.ReadAsStringAsync(), Does.Contain("This link is not valid"));
            Assert.That(listed.Roles, Is.EqualTo(new[] { StaffRole.Therapist }));
            Assert.That(listed.Wards.Select(w => w.Id), Is.EqualTo(new[] { ward }));
            Assert.That(listed.Disabled, Is.False);
            Assert.That(listed.MfaEnrolled, Is.False);
            Assert.That(await AuditedAsync(invitation.Id, AuditOutcome.Success), Is.True);
        });
    }

    [Test]
    public async Task An_invitation_with_bad_fields_is_refused_naming_each_field_and_a_non_admin_is_refused_and_audited()
    {
        using var admin = await App.SignInAsync(Admin);
        using var therapist = await App.SignInAsync("therapist1@demo.example");
        var body = new { displayName = "", email = "not an address", roles = new[] { "Janitor" }, wardIds = new[] { Guid.NewGuid() } };

        using var invalid = await admin.PostJsonAsync("/api/v1/staff", body);
        using var unknownWard = await admin.PostJsonAsync("/api/v1/staff",
            new { displayName = "X", email = NewEmail(), roles = new[] { StaffRole.Therapist }, wardIds = new[] { Guid.NewGuid() } });
        using var duplicate = await admin.PostJsonAsync("/api/v1/staff",
            new { displayName = "X", email = Admin, roles = new[] { StaffRole.Therapist }, wardIds = Array.Empty<Guid>() });
        using var refused = await therapist.PostJsonAsync("/api/v1/staff", body);
        await using var db = App.NewDbContext();

        Assert.Multiple(async () =>
        {
            Assert.That(await invalid.FieldErrorsAsync("displayName"), Is.Not.Empty);
            Assert.That(await invalid.FieldErrorsAsync("email"), Has.Some.Contains("not an e-mail address"));
            Assert.That(await invalid.FieldErrorsAsync("roles"), Has.Some.Contains("Therapist, WardManager, Admin"));
            Assert.That(await unknownWard.FieldErrorsAsync("wardIds"), Has.Some.Contains("does not exist"));
            Assert.That(await duplicate.FieldErrorsAsync("email"), Has.Some.Contains("exists already"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await db.AuditEvents.AnyAsync(a =>
                a.Resource == StaffAdministration.Resource && a.Action == AuditAction.Administer && a.Outcome == AuditOutcome.Refused), Is.True);
        });
    }

    [Test]
    public async Task Disabling_an_account_ends_its_session_and_enabling_lets_it_sign_in_again()
    {
        using var admin = await App.SignInAsync(Admin);
        var (id, email) = await CreateStaffAsync();
        using var session = await App.SignInAsync(email, StaffAccounts.Password);

        using var disabled = await admin.PutAsJsonAsync($"/api/v1/staff/{id}/status", new { disabled = true }, ApiJson.Options);
        using var afterDisable = await session.GetAsync("/api/v1/patients");
        using var enabled = await admin.PutAsJsonAsync($"/api/v1/staff/{id}/status", new { disabled = false }, ApiJson.Options);
        using var again = await App.SignInAsync(email, StaffAccounts.Password);
        using var afterEnable = await again.GetAsync("/api/v1/patients");

        Assert.Multiple(async () =>
        {
            Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterDisable.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(enabled.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterEnable.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await AuditedAsync(id, AuditOutcome.Success), Is.True);
        });
    }

    [Test]
    public async Task Changing_roles_ends_the_accounts_session_and_an_administrator_cannot_lock_themselves_out()
    {
        using var admin = await App.SignInAsync(Admin);
        var adminId = await UserIdAsync(Admin);
        var (id, email) = await CreateStaffAsync();
        using var session = await App.SignInAsync(email, StaffAccounts.Password);

        using var changed = await admin.PutAsJsonAsync($"/api/v1/staff/{id}/roles",
            new { roles = new[] { StaffRole.Therapist, StaffRole.WardManager } }, ApiJson.Options);
        using var afterChange = await session.GetAsync("/api/v1/patients");
        using var ownRole = await admin.PutAsJsonAsync($"/api/v1/staff/{adminId}/roles", new { roles = new[] { StaffRole.Therapist } }, ApiJson.Options);
        using var ownAccount = await admin.PutAsJsonAsync($"/api/v1/staff/{adminId}/status", new { disabled = true }, ApiJson.Options);
        using var stillAdmin = await admin.GetAsync("/api/v1/staff");
        var listed = (await stillAdmin.ReadAsync<List<StaffView>>()).Single(s => s.Id == id);

        Assert.Multiple(async () =>
        {
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterChange.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(listed.Roles, Is.EquivalentTo(new[] { StaffRole.Therapist, StaffRole.WardManager }));
            Assert.That(await ownRole.FieldErrorsAsync("roles"), Has.Some.Contains("your own Admin role"));
            Assert.That(await ownAccount.FieldErrorsAsync("disabled"), Has.Some.Contains("your own account"));
            Assert.That(await AuditedAsync(adminId, AuditOutcome.Failed), Is.True);
        });
    }

    [Test]
    public async Task Ward_memberships_follow_the_list_given_and_an_unknown_ward_is_refused()
    {
        using var admin = await App.SignInAsync(Admin);
        var (id, _) = await CreateStaffAsync();
        await using var db = App.NewDbContext();
        var wards = await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).ToListAsync();

        using var both = await admin.PutAsJsonAsync($"/api/v1/staff/{id}/wards", new { wardIds = wards }, ApiJson.Options);
        using var one = await admin.PutAsJsonAsync($"/api/v1/staff/{id}/wards", new { wardIds = wards.Take(1) }, ApiJson.Options);
        using var unknown = await admin.PutAsJsonAsync($"/api/v1/staff/{id}/wards", new { wardIds = new[] { Guid.NewGuid() } }, ApiJson.Options);
        using var missing = await admin.PutAsJsonAsync($"/api/v1/staff/{id}/wards", new { }, ApiJson.Options);
        var listed = (await admin.GetFromJsonAsync<List<StaffView>>("/api/v1/staff", ApiJson.Options))!.Single(s => s.Id == id);
        var memberships = await db.WardMemberships.Where(m => m.StaffUserId == id).ToListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(both.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(listed.Wards.Select(w => w.Id), Is.EqualTo(wards.Take(1)));
            Assert.That(memberships, Has.Count.EqualTo(2), "the ended membership stays on record");
            Assert.That(memberships.Count(m => m.To is not null), Is.EqualTo(1));
            Assert.That(await unknown.FieldErrorsAsync("wardIds"), Has.Some.Contains("does not exist"));
            Assert.That(await missing.FieldErrorsAsync("wardIds"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Resetting_mfa_removes_the_authenticator_and_the_recovery_codes()
    {
        using var admin = await App.SignInAsync(Admin);
        var (id, email) = await CreateStaffAsync();
        string? keyBefore = null;
        await App.ChangeAsync(email, async users =>
        {
            var user = await users.FindAsync(email);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            keyBefore = await users.GetAuthenticatorKeyAsync(user);
        });

        using var reset = await admin.PostAsync($"/api/v1/staff/{id}/mfa-reset", null);
        using var unknown = await admin.PostAsync($"/api/v1/staff/{Guid.NewGuid()}/mfa-reset", null);
        var (enabled, key, codes) = (false, (string?)null, -1);
        await App.ChangeAsync(email, async users =>
        {
            var user = await users.FindAsync(email);
            (enabled, key, codes) = (user.TwoFactorEnabled, await users.GetAuthenticatorKeyAsync(user), await users.CountRecoveryCodesAsync(user));
        });

        Assert.Multiple(async () =>
        {
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(enabled, Is.False);
            Assert.That(key, Is.Not.EqualTo(keyBefore));
            Assert.That(codes, Is.Zero);
            Assert.That(await AuditedAsync(id, AuditOutcome.Success), Is.True);
        });
    }

    private Task<HttpResponseMessage> PostSetPasswordAsync(string link, string password) =>
        App.CreateHttpsClient().PostPageFormAsync(link, new Dictionary<string, string> { ["Password"] = password });

    private async Task<(Guid Id, string Email)> CreateStaffAsync()
    {
        var email = await App.CreateAsync();
        return (await UserIdAsync(email), email);
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<Guid> AnyWardAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();
    }

    private async Task<bool> AuditedAsync(Guid target, AuditOutcome outcome)
    {
        await using var db = App.NewDbContext();
        return await db.AuditEvents.AnyAsync(a => a.Action == AuditAction.Administer && a.Resource == StaffAdministration.Resource &&
            a.ResourceId == target.ToString() && a.Outcome == outcome && a.UserId != null && a.PatientId == null);
    }

    private static string NewEmail() => $"invited-{Guid.NewGuid():N}@test.example";
}
