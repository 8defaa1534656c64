using System.Net;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Account;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.SingleSignOn;

/// <summary>Sign-in through a real OpenID Connect provider on loopback, with HelseID-like role values mapped to staff roles.</summary>
public class SingleSignOnTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string TherapistRole = "helse-terapeut";
    private const string ManagerRole = "helse-leder";

    private readonly TestIdentityProvider _provider = TestIdentityProvider.Start();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Authentication:Oidc:Authority"] = _provider.Authority,
        ["Authentication:Oidc:ClientId"] = TestIdentityProvider.ClientId,
        ["Authentication:Oidc:ClientSecret"] = TestIdentityProvider.ClientSecret,
        ["Authentication:Oidc:DisplayName"] = "HelseID",
        [$"Authentication:Oidc:RoleMap:{TherapistRole}"] = StaffRole.Therapist,
        [$"Authentication:Oidc:RoleMap:{ManagerRole}"] = StaffRole.WardManager,
    };

    [OneTimeTearDown]
    public void StopProvider() => _provider.Dispose();

    [Test]
    public async Task The_sign_in_page_offers_the_provider()
    {
        using var client = App.CreateHttpsClient();

        var page = await client.GetStringAsync("/Account/SignIn");

        Assert.That(page, Does.Contain("Sign in with HelseID"));
    }

    [Test]
    public async Task A_person_with_a_mapped_role_is_signed_in_with_that_role_and_linked_to_their_account()
    {
        var email = await App.CreateAsync(StaffRole.Therapist);
        var subject = NewSubject();
        _provider.SignedIn = new ProviderPerson(subject, email, [ManagerRole], ["pwd"]);
        using var client = App.CreateHttpsClient();
        var redeemedBefore = _provider.CodesRedeemed;

        using var complete = await client.SignInThroughProviderAsync();
        using var landing = await client.GetAsync(ProviderSignIn.ContinuesTo(complete));
        using var review = await client.GetAsync("/NeedToKnow/Review");

        var (roles, logins) = await RolesAndLoginsAsync(email);
        Assert.Multiple(async () =>
        {
            Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ProviderSignIn.ContinuesTo(complete), Is.EqualTo("/Patients"));
            Assert.That(landing.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_provider.CodesRedeemed, Is.EqualTo(redeemedBefore + 1));
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a ward manager's page opens");
            Assert.That(roles, Is.EquivalentTo(new[] { StaffRole.WardManager }));
            Assert.That(logins, Is.EquivalentTo(new[] { subject }));
            Assert.That(await SignInEventsAsync(AuditOutcome.Success, await UserIdAsync(email)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task An_unknown_person_is_refused_with_a_clear_page_and_the_refusal_is_audited()
    {
        _provider.SignedIn = new ProviderPerson(NewSubject(), "nobody-here@test.example", [TherapistRole], ["pwd"]);
        using var client = App.CreateHttpsClient();
        var refusedBefore = await SignInEventsAsync(AuditOutcome.Refused, null);

        using var complete = await client.SignInThroughProviderAsync();
        var page = await complete.Content.ReadAsStringAsync();
        using var patients = await client.GetAsync("/Patients");

        Assert.Multiple(async () =>
        {
            Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("No staff account here belongs to the person HelseID signed in"));
            Assert.That(ProviderSignIn.ContinuesTo(complete), Is.Null);
            Assert.That(patients.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"), "not signed in");
            Assert.That(await SignInEventsAsync(AuditOutcome.Refused, null), Is.EqualTo(refusedBefore + 1));
        });
    }

    [Test]
    public async Task A_role_changed_at_the_provider_is_changed_here_at_the_next_sign_in_and_ends_the_older_session()
    {
        var email = await App.CreateAsync(StaffRole.Therapist);
        var subject = NewSubject();
        _provider.SignedIn = new ProviderPerson(subject, email, [TherapistRole], ["pwd"]);
        using var first = App.CreateHttpsClient();
        using var _ = await first.SignInThroughProviderAsync();
        var rolesBefore = (await RolesAndLoginsAsync(email)).Roles;

        _provider.SignedIn = _provider.SignedIn with { Roles = [ManagerRole] };
        using var second = App.CreateHttpsClient();
        using var complete = await second.SignInThroughProviderAsync();

        using var firstSession = await first.GetAsync("/Patients");
        using var review = await second.GetAsync("/NeedToKnow/Review");
        Assert.Multiple(async () =>
        {
            Assert.That(rolesBefore, Is.EquivalentTo(new[] { StaffRole.Therapist }));
            Assert.That((await RolesAndLoginsAsync(email)).Roles, Is.EquivalentTo(new[] { StaffRole.WardManager }));
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(firstSession.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"), "the role change ended the older session");
        });
    }

    [Test]
    public async Task A_disabled_account_is_refused()
    {
        var email = await App.CreateAsync(StaffRole.Therapist);
        await App.ChangeAsync(email, async users => await users.SetDisabledAsync(await users.FindAsync(email), disabled: true));
        _provider.SignedIn = new ProviderPerson(NewSubject(), email, [TherapistRole], ["pwd"]);
        using var client = App.CreateHttpsClient();

        using var complete = await client.SignInThroughProviderAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await complete.Content.ReadAsStringAsync(), Does.Contain("This staff account is disabled"));
            Assert.That(ProviderSignIn.ContinuesTo(complete), Is.Null);
            Assert.That(await SignInEventsAsync(AuditOutcome.Refused, await UserIdAsync(email)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_person_whose_roles_map_to_none_is_refused_and_keeps_their_roles()
    {
        var email = await App.CreateAsync(StaffRole.Therapist);
        _provider.SignedIn = new ProviderPerson(NewSubject(), email, ["helse-kantine"], ["pwd"]);
        using var client = App.CreateHttpsClient();

        using var complete = await client.SignInThroughProviderAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await complete.Content.ReadAsStringAsync(), Does.Contain("HelseID gives you no role in AllianceTracker"));
            Assert.That(ProviderSignIn.ContinuesTo(complete), Is.Null);
            Assert.That((await RolesAndLoginsAsync(email)).Roles, Is.EquivalentTo(new[] { StaffRole.Therapist }));
        });
    }

    [Test]
    public async Task An_account_linked_to_one_person_is_not_taken_over_by_another_with_the_same_address()
    {
        var email = await App.CreateAsync(StaffRole.Therapist);
        _provider.SignedIn = new ProviderPerson(NewSubject(), email, [TherapistRole], ["pwd"]);
        using var owner = App.CreateHttpsClient();
        using var _ = await owner.SignInThroughProviderAsync();

        _provider.SignedIn = _provider.SignedIn with { Subject = NewSubject() };
        using var other = App.CreateHttpsClient();
        using var complete = await other.SignInThroughProviderAsync();

        Assert.That(await complete.Content.ReadAsStringAsync(), Does.Contain("No staff account here belongs to the person HelseID signed in"));
    }

    [Test]
    public async Task Without_a_second_factor_at_the_provider_an_account_with_an_authenticator_is_asked_for_its_code()
    {
        var email = await App.CreateAsync(StaffRole.Therapist);
        await App.ChangeAsync(email, async users =>
        {
            var user = await users.FindAsync(email);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, enabled: true);
        });
        var subject = NewSubject();
        _provider.SignedIn = new ProviderPerson(subject, email, [TherapistRole], ["pwd"]);
        using var passwordOnly = App.CreateHttpsClient();
        using var withPassword = await passwordOnly.SignInThroughProviderAsync();
        using var secondStep = await passwordOnly.GetAsync(ProviderSignIn.ContinuesTo(withPassword));
        using var notYet = await passwordOnly.GetAsync("/Patients");

        _provider.SignedIn = _provider.SignedIn with { AuthenticationMethods = ["pwd", "mfa"] };
        using var multiFactor = App.CreateHttpsClient();
        using var withMfa = await multiFactor.SignInThroughProviderAsync();
        using var patients = await multiFactor.GetAsync("/Patients");

        Assert.Multiple(() =>
        {
            Assert.That(ProviderSignIn.ContinuesTo(withPassword), Does.StartWith("/Mfa/SecondStep"));
            Assert.That(secondStep.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the second step knows who signed in");
            Assert.That(notYet.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
            Assert.That(ProviderSignIn.ContinuesTo(withMfa), Is.EqualTo("/Patients"));
            Assert.That(patients.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_forged_answer_to_the_callback_is_refused_and_audited_as_failed()
    {
        using var client = App.CreateHttpsClient();
        var failedBefore = await SignInEventsAsync(AuditOutcome.Failed, null);

        using var callback = await client.PostAsync("/signin-oidc", ProviderSignIn.Form(new() { ["code"] = "forged", ["state"] = "forged" }));
        using var complete = await client.GetAsync(callback.Headers.Location);

        Assert.Multiple(async () =>
        {
            Assert.That(callback.Headers.Location?.ToString(), Is.EqualTo("/SingleSignOn/Complete"));
            Assert.That(await complete.Content.ReadAsStringAsync(), Does.Contain("Sign-in with HelseID did not succeed."));
            Assert.That(await SignInEventsAsync(AuditOutcome.Failed, null), Is.EqualTo(failedBefore + 1));
        });
    }

    private static string NewSubject() => Guid.NewGuid().ToString("N");

    private async Task<(IList<string> Roles, IList<string> Logins)> RolesAndLoginsAsync(string email)
    {
        IList<string> roles = [];
        IList<string> logins = [];
        await App.ChangeAsync(email, async users =>
        {
            var user = await users.FindAsync(email);
            roles = await users.GetRolesAsync(user);
            logins = [.. (await users.GetLoginsAsync(user)).Select(login => login.ProviderKey)];
        });
        return (roles, logins);
    }

    private async Task<string> UserIdAsync(string email)
    {
        var id = "";
        await App.ChangeAsync(email, async users => id = (await users.FindAsync(email)).Id.ToString());
        return id;
    }

    private async Task<int> SignInEventsAsync(AuditOutcome outcome, string? userId)
    {
        await using var db = App.NewDbContext();
        return await db.AuditEvents.CountAsync(e =>
            e.Action == AuditAction.SignIn && e.Resource == "SingleSignOn" && e.Outcome == outcome && e.ResourceId == userId);
    }
}
