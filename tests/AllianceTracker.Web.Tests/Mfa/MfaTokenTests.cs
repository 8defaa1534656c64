using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Account;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllianceTracker.Web.Tests.Mfa;

/// <summary>Bearer tokens for accounts that use, or must use, two-step sign-in.</summary>
public class MfaTokenTests(DatabaseProvider provider) : AppFixture(provider)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:Mfa:Enforce"] = "true" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    [Test]
    public async Task Without_a_one_time_code_an_enrolled_user_gets_401_naming_the_field()
    {
        var (email, _) = await EnrolledAsync();

        using var response = await RequestTokenAsync(email, oneTimeCode: null);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.RootElement.GetProperty("errors").GetProperty("oneTimeCode")[0].GetString(), Does.Contain("one-time code is required"));
        });
    }

    [Test]
    public async Task With_the_authenticator_code_the_token_is_issued_and_works()
    {
        var (email, authenticator) = await EnrolledAsync();

        using var response = await RequestTokenAsync(email, authenticator.NextCode());
        using var patients = await BearerGetAsync(response, "/api/v1/patients");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(patients.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_wrong_code_gets_401_and_counts_toward_lockout()
    {
        var (email, _) = await EnrolledAsync();

        using var response = await RequestTokenAsync(email, "000000");
        await using var db = App.NewDbContext();
        var failed = db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).Single();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("not right"));
            Assert.That(failed, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_recovery_code_issues_one_token_and_is_then_used_up()
    {
        var (email, authenticator) = await EnrolledAsync();

        using var first = await RequestTokenAsync(email, authenticator.RecoveryCodes[0]);
        using var again = await RequestTokenAsync(email, authenticator.RecoveryCodes[0]);

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task A_manager_who_must_use_mfa_but_has_not_set_it_up_is_refused_with_the_reason()
    {
        var email = await App.CreateAsync(StaffRole.WardManager);

        using var response = await RequestTokenAsync(email, oneTimeCode: null);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("must use two-step sign-in"));
        });
    }

    [Test]
    public async Task A_therapist_who_is_not_required_and_not_enrolled_needs_no_code()
    {
        using var response = await RequestTokenAsync(await App.CreateAsync(), oneTimeCode: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<(string Email, Authenticator Authenticator)> EnrolledAsync()
    {
        var email = await App.CreateAsync();
        using var client = await App.SignInAsync(email, StaffAccounts.Password);
        return (email, await client.EnrolAsync(_clock));
    }

    private async Task<HttpResponseMessage> RequestTokenAsync(string email, string? oneTimeCode)
    {
        using var client = App.CreateHttpsClient();
        return await client.PostJsonAsync("/api/v1/auth/token", new { email, password = StaffAccounts.Password, oneTimeCode });
    }

    private async Task<HttpResponseMessage> BearerGetAsync(HttpResponseMessage tokenResponse, string url)
    {
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        using var client = App.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return await client.GetAsync(url);
    }
}
