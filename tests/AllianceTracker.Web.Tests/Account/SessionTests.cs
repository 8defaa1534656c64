using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllianceTracker.Web.Tests.Account;

/// <summary>Session lifetime and revocation, on a clock the tests move.</summary>
public class SessionTests(DatabaseProvider provider) : AppFixture(provider)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly IdentityQueries _identityQueries = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(_clock);
        services.ConfigureDbContext<AllianceDbContext>(options => options.AddInterceptors(_identityQueries));
    }

    [Test]
    public async Task A_session_left_idle_for_more_than_30_minutes_has_ended()
    {
        using var client = await App.SignInAsync(await App.CreateAsync(), StaffAccounts.Password);
        _clock.Advance(TimeSpan.FromMinutes(29));
        using var stillActive = await client.GetAsync("/Patients");
        _clock.Advance(TimeSpan.FromMinutes(31));

        using var afterIdle = await client.GetAsync("/Patients");

        Assert.Multiple(() =>
        {
            Assert.That(stillActive.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterIdle.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(afterIdle.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
        });
    }

    [Test]
    public async Task A_session_in_constant_use_ends_12_hours_after_sign_in()
    {
        using var client = await App.SignInAsync(await App.CreateAsync(), StaffAccounts.Password);
        var answers = new List<(TimeSpan After, HttpStatusCode Status)>();
        var elapsed = TimeSpan.Zero;
        while (elapsed < TimeSpan.FromHours(12.5))
        {
            _clock.Advance(TimeSpan.FromMinutes(25));
            elapsed += TimeSpan.FromMinutes(25);
            using var response = await client.GetAsync("/Patients");
            answers.Add((elapsed, response.StatusCode));
        }

        Assert.Multiple(() =>
        {
            Assert.That(answers.Where(a => a.After < TimeSpan.FromHours(12)).Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(answers.Where(a => a.After >= TimeSpan.FromHours(12)).Select(a => a.Status), Is.Not.Empty.And.All.EqualTo(HttpStatusCode.Redirect));
        });
    }

    [Test]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_the_cookie_is_refused()
    {
        var email = await App.CreateAsync();
        using var client = App.CreateHttpsClient();
        using var signedIn = await client.PostSignInAsync(email, StaffAccounts.Password);
        var copied = SessionCookie(signedIn);
        var token = await StaffSignIn.AntiforgeryTokenAsync(client, "/Patients");
        using var signOut = await client.PostAsync("/Account/SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        _clock.Advance(TimeSpan.FromSeconds(1));

        using var replay = App.CreateHttpsClient();
        replay.DefaultRequestHeaders.Add("Cookie", copied);
        using var response = await replay.GetAsync("/Patients");

        Assert.Multiple(() =>
        {
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
        });
    }

    [Test]
    public async Task Disabling_an_account_ends_its_session_and_refuses_its_bearer_token()
    {
        var email = await App.CreateAsync();
        using var cookie = await App.SignInAsync(email, StaffAccounts.Password);
        using var bearer = await BearerClientAsync(email);

        await App.ChangeAsync(email, async users => await users.SetDisabledAsync(await users.FindAsync(email), disabled: true));
        _clock.Advance(TimeSpan.FromSeconds(1));

        await AssertRefusedAsync(cookie, bearer);
    }

    [Test]
    public async Task Changing_an_accounts_roles_ends_its_session_and_refuses_its_bearer_token()
    {
        var email = await App.CreateAsync();
        using var cookie = await App.SignInAsync(email, StaffAccounts.Password);
        using var bearer = await BearerClientAsync(email);

        await App.ChangeAsync(email, async users => await users.AddToRoleAsync(await users.FindAsync(email), StaffRole.WardManager));
        _clock.Advance(TimeSpan.FromSeconds(1));

        await AssertRefusedAsync(cookie, bearer);
    }

    [Test]
    public async Task A_request_with_the_session_cookie_checks_the_stamp_without_reading_roles_and_claims_again()
    {
        var email = await App.CreateAsync();
        using var cookie = await App.SignInAsync(email, StaffAccounts.Password);
        _clock.Advance(TimeSpan.FromSeconds(1));
        using var first = await cookie.GetAsync("/api/v1/patients");
        _identityQueries.Reset();

        using var response = await cookie.GetAsync("/api/v1/patients");

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_identityQueries.Users, Is.EqualTo(1), "the account is read once, for its stamp and whether it is disabled");
            Assert.That(_identityQueries.RolesAndClaims, Is.Zero, "a matching stamp means roles and claims are unchanged");
        });
    }

    [Test]
    public async Task A_bearer_token_keeps_working_while_nothing_changed()
    {
        using var bearer = await BearerClientAsync(await App.CreateAsync());
        _clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await bearer.GetAsync("/api/v1/patients");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task AssertRefusedAsync(HttpClient cookie, HttpClient bearer)
    {
        using var page = await cookie.GetAsync("/Patients");
        using var api = await bearer.GetAsync("/api/v1/patients");

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    private async Task<HttpClient> BearerClientAsync(string email)
    {
        using var anonymous = App.CreateHttpsClient();
        using var response = await anonymous.PostJsonAsync("/api/v1/auth/token", new { email, password = StaffAccounts.Password });
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var client = App.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-AllianceTracker=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>Counts the queries of the identity tables: the accounts, and their roles and claims.</summary>
    private sealed class IdentityQueries : DbCommandInterceptor
    {
        private int _users;
        private int _rolesAndClaims;

        public int Users => _users;

        public int RolesAndClaims => _rolesAndClaims;

        public void Reset() => (_users, _rolesAndClaims) = (0, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var text = command.CommandText;
            if (text.Contains("\"AspNetUserRoles\"") || text.Contains("\"AspNetUserClaims\"") || text.Contains("\"AspNetRoleClaims\"") || text.Contains("\"AspNetRoles\""))
            {
                Interlocked.Increment(ref _rolesAndClaims);
            }
            else if (text.Contains("\"AspNetUsers\""))
            {
                Interlocked.Increment(ref _users);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
