using System.Net;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Account;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllianceTracker.Web.Tests.Mfa;

/// <summary>Two-step sign-in in the browser, with enforcement on, on a clock the tests move.</summary>
public class MfaSignInTests(DatabaseProvider provider) : AppFixture(provider)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:Mfa:Enforce"] = "true" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    [Test]
    public async Task A_user_enrols_with_a_code_computed_from_the_shown_key_and_then_signs_in_in_two_steps()
    {
        var email = await App.CreateAsync();
        using var first = await App.SignInAsync(email, StaffAccounts.Password);
        var authenticator = await first.EnrolAsync(_clock);

        using var client = await App.PasswordStepAsync(email);
        using var beforeSecondStep = await client.GetAsync("/Patients");
        using var second = await client.PostSecondStepAsync(authenticator.NextCode());
        using var after = await client.GetAsync("/Patients");

        Assert.Multiple(async () =>
        {
            Assert.That(beforeSecondStep.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
            Assert.That(second.Headers.Location?.ToString(), Is.EqualTo("/Patients"));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await AuditedAsync("MfaEnrolment", email), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_code_already_used_in_its_time_step_is_refused()
    {
        var email = await App.CreateAsync();
        var authenticator = await (await App.SignInAsync(email, StaffAccounts.Password)).EnrolAsync(_clock);
        var code = authenticator.NextCode();
        using var first = await App.SignInWithCodeAsync(email, code);

        using var client = await App.PasswordStepAsync(email);
        using var replay = await client.PostSecondStepAsync(code);

        Assert.Multiple(async () =>
        {
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await replay.Content.ReadAsStringAsync(), Does.Contain("That code is not right"));
        });
    }

    [Test]
    public async Task A_wrong_code_is_refused_and_counts_toward_lockout_so_that_after_five_even_the_right_code_is_refused()
    {
        var email = await App.CreateAsync();
        var authenticator = await (await App.SignInAsync(email, StaffAccounts.Password)).EnrolAsync(_clock);
        using var client = await App.PasswordStepAsync(email);

        using var wrong = await client.PostSecondStepAsync("000000");
        var countAfterOne = await FailedCountAsync(email);
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            using var again = await client.PostSecondStepAsync("000000");
        }

        using var right = await client.PostSecondStepAsync(authenticator.NextCode());
        using var page = await client.GetAsync("/Patients");

        Assert.Multiple(async () =>
        {
            Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("That code is not right"));
            Assert.That(countAfterOne, Is.EqualTo(1));
            Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain("locked"));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await AuditedAsync("SecondFactor", email, AuditOutcome.Refused), Is.GreaterThanOrEqualTo(5));
        });
    }

    [Test]
    public async Task A_recovery_code_signs_in_once_and_never_again()
    {
        var email = await App.CreateAsync();
        var authenticator = await (await App.SignInAsync(email, StaffAccounts.Password)).EnrolAsync(_clock);
        var recoveryCode = authenticator.RecoveryCodes[0];

        using var first = await App.SignInWithCodeAsync(email, recoveryCode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        using var page = await first.GetAsync("/Patients");
        using var client = await App.PasswordStepAsync(email);
        using var second = await client.PostSecondStepAsync(recoveryCode);

        Assert.Multiple(async () =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("That code is not right"));
        });
    }

    [Test]
    public async Task A_ward_manager_without_mfa_reaches_only_the_enrolment_page_until_enrolled()
    {
        var email = await App.CreateAsync(StaffRole.WardManager);
        using var client = await App.SignInAsync(email, StaffAccounts.Password);

        using var page = await client.GetAsync("/Dashboard");
        using var api = await client.GetAsync("/api/v1/patients");
        using var enrolment = await client.GetAsync("/Mfa/Enrol");
        await client.EnrolAsync(_clock);
        using var afterEnrolment = await client.GetAsync("/Dashboard");

        Assert.Multiple(async () =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page.Headers.Location?.ToString(), Is.EqualTo("/Mfa/Enrol"));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(api.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await api.Content.ReadAsStringAsync(), Does.Contain("two-step sign-in"));
            Assert.That(enrolment.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterEnrolment.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_therapist_of_a_ward_an_admin_marked_as_requiring_mfa_is_held_at_enrolment_and_one_of_another_ward_is_not()
    {
        var (requiring, other) = await TwoWardsAsync();
        var onRequiringWard = await TherapistOnAsync(requiring);
        var onOtherWard = await TherapistOnAsync(other);
        var admin = await App.CreateAsync(StaffRole.Admin);
        using var adminClient = await App.SignInAsync(admin, StaffAccounts.Password);
        await adminClient.EnrolAsync(_clock);

        var wardsPage = await adminClient.GetStringAsync("/Mfa/Wards");
        using var saved = await adminClient.PostFormAsync("/Mfa/Wards", wardsPage, ("WardId", requiring.ToString()), ("Required", "true"));
        using var held = await (await App.SignInAsync(onRequiringWard, StaffAccounts.Password)).GetAsync("/Patients");
        using var free = await (await App.SignInAsync(onOtherWard, StaffAccounts.Password)).GetAsync("/Patients");

        await using var db = App.NewDbContext();
        Assert.Multiple(async () =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await db.Wards.Where(w => w.Id == requiring).Select(w => w.TherapistsMustUseMfa).SingleAsync(), Is.True);
            Assert.That(await db.AuditEvents.CountAsync(e => e.Resource == "WardMfaRequirement" && e.ResourceId == requiring.ToString()), Is.EqualTo(1));
            Assert.That(held.Headers.Location?.ToString(), Is.EqualTo("/Mfa/Enrol"));
            Assert.That(free.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Only_an_administrator_may_set_a_wards_requirement()
    {
        var (ward, _) = await TwoWardsAsync();
        var therapist = await App.CreateAsync();
        using var client = await App.SignInAsync(therapist, StaffAccounts.Password);
        var anyPage = await client.GetStringAsync("/Patients");

        using var refused = await client.PostFormAsync("/Mfa/Wards", anyPage, ("WardId", ward.ToString()), ("Required", "true"));

        Assert.That(refused.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
    }

    [Test]
    public async Task A_manager_cannot_turn_mfa_off_but_a_therapist_who_is_not_required_to_use_it_can()
    {
        var manager = await App.CreateAsync(StaffRole.WardManager);
        using var managerClient = await App.SignInAsync(manager, StaffAccounts.Password);
        await managerClient.EnrolAsync(_clock);
        var therapist = await App.CreateAsync();
        using var therapistClient = await App.SignInAsync(therapist, StaffAccounts.Password);
        await therapistClient.EnrolAsync(_clock);

        using var refused = await managerClient.PostFormAsync("/Mfa/Manage?handler=TurnOff", await managerClient.GetStringAsync("/Mfa/Manage"));
        using var turnedOff = await therapistClient.PostFormAsync("/Mfa/Manage?handler=TurnOff", await therapistClient.GetStringAsync("/Mfa/Manage"));
        using var passwordOnly = App.CreateHttpsClient();
        using var signIn = await passwordOnly.PostSignInAsync(therapist, StaffAccounts.Password);

        Assert.Multiple(() =>
        {
            Assert.That(refused.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
            Assert.That(turnedOff.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(signIn.Headers.Location?.ToString(), Is.EqualTo("/Patients"));
        });
    }

    [Test]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var email = await App.CreateAsync();
        using var client = await App.SignInAsync(email, StaffAccounts.Password);
        var authenticator = await client.EnrolAsync(_clock);

        using var renewed = await client.PostFormAsync("/Mfa/Manage?handler=RecoveryCodes", await client.GetStringAsync("/Mfa/Manage"));
        using var oldCode = await (await App.PasswordStepAsync(email)).PostSecondStepAsync(authenticator.RecoveryCodes[1]);

        Assert.Multiple(async () =>
        {
            Assert.That(await renewed.Content.ReadAsStringAsync(), Does.Contain("Your recovery codes"));
            Assert.That(await oldCode.Content.ReadAsStringAsync(), Does.Contain("That code is not right"));
        });
    }

    private async Task<(Guid Requiring, Guid Other)> TwoWardsAsync()
    {
        await using var db = App.NewDbContext();
        var wards = await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).Take(2).ToListAsync();
        return (wards[0], wards[1]);
    }

    private async Task<string> TherapistOnAsync(Guid wardId)
    {
        var email = await App.CreateAsync();
        await using var db = App.NewDbContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.WardMemberships.Add(new WardMembership { StaffUserId = userId, WardId = wardId, From = _clock.GetUtcNow().AddDays(-1) });
        await db.SaveChangesAsync();
        return email;
    }

    private async Task<int> FailedCountAsync(string email)
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync();
    }

    private async Task<int> AuditedAsync(string resource, string email, AuditOutcome outcome = AuditOutcome.Success)
    {
        await using var db = App.NewDbContext();
        var userId = (await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync()).ToString();
        return await db.AuditEvents.CountAsync(e => e.Resource == resource && e.ResourceId == userId && e.Outcome == outcome);
    }
}
