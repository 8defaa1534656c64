using System.Net;
using System.Text.RegularExpressions;
using AllianceTracker.Web.Tests.Account;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace AllianceTracker.Web.Tests.Mfa;

/// <summary>The test's authenticator app: the key read from the enrolment page, its codes computed with Otp.NET on the test clock.</summary>
public sealed record Authenticator(string Key, IReadOnlyList<string> RecoveryCodes, FakeTimeProvider Clock)
{
    /// <summary>The code of the next 30-second step; the application accepts each step once, so the clock moves on first.</summary>
    public string NextCode()
    {
        Clock.Advance(TimeSpan.FromSeconds(30));
        return new Totp(Base32Encoding.ToBytes(Key)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
    }
}

/// <summary>Enrolment and the second step of sign-in, through the real pages with their antiforgery tokens.</summary>
public static partial class MfaSteps
{
    /// <summary>Sets up two-step sign-in for the signed-in client: reads the key, confirms with a code, keeps the recovery codes.</summary>
    public static async Task<Authenticator> EnrolAsync(this HttpClient client, FakeTimeProvider clock)
    {
        var page = await client.GetStringAsync("/Mfa/Enrol");
        var key = KeyPattern().Match(page).Groups["key"].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.That(key, Has.Length.GreaterThanOrEqualTo(16), page);
        var authenticator = new Authenticator(key, [], clock);

        using var confirmed = await client.PostFormAsync("/Mfa/Enrol", page, ("Code", authenticator.NextCode()));
        var answer = await confirmed.Content.ReadAsStringAsync();
        var codes = RecoveryCodePattern().Matches(answer).Select(m => m.Groups["code"].Value).ToList();
        Assert.That(codes, Has.Count.EqualTo(10), answer);
        return authenticator with { RecoveryCodes = codes };
    }

    /// <summary>The password step in a fresh client; it must lead to the second step.</summary>
    public static async Task<HttpClient> PasswordStepAsync(this AllianceAppFactory app, string email)
    {
        var client = app.CreateHttpsClient();
        using var password = await client.PostSignInAsync(email, StaffAccounts.Password);
        Assert.That(password.Headers.Location?.ToString(), Does.StartWith("/Mfa/SecondStep"));
        return client;
    }

    public static async Task<HttpResponseMessage> PostSecondStepAsync(this HttpClient client, string code) =>
        await client.PostFormAsync("/Mfa/SecondStep", await client.GetStringAsync("/Mfa/SecondStep"), ("Code", code));

    /// <summary>Both steps of sign-in; the client is signed in afterwards.</summary>
    public static async Task<HttpClient> SignInWithCodeAsync(this AllianceAppFactory app, string email, string code)
    {
        var client = await app.PasswordStepAsync(email);
        using var second = await client.PostSecondStepAsync(code);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await second.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>Posts a form of a page already read, with that page's antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string page, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(
            fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
                .Append(KeyValuePair.Create("__RequestVerificationToken", StaffSignIn.AntiforgeryTokenIn(page, url)))));

    [GeneratedRegex("""<code id="authenticator-key">(?<key>[A-Z2-7 ]+)</code>""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("""<li><code>(?<code>[A-Za-z0-9-]+)</code></li>""")]
    private static partial Regex RecoveryCodePattern();
}
