using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Foundation;

public class SignInTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_demo_therapist_signs_in_and_sees_their_patients()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        var page = await client.GetStringAsync("/Patients");

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<h1>My patients</h1>"));
            Assert.That(page, Does.Contain("(demo)"));
            Assert.That(page, Does.Contain("synthetic"));
        });
    }

    [Test]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.PostSignInAsync("therapist2@demo.example", "not the password at all");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("The e-mail or the password is not right."));
        });
    }

    [Test]
    public async Task Pages_send_anonymous_visitors_to_sign_in()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.GetAsync("/Patients");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
        });
    }

    [Test]
    public async Task The_sign_in_page_lists_the_demo_accounts_in_development()
    {
        using var client = App.CreateHttpsClient();
        var page = await client.GetStringAsync("/Account/SignIn");

        Assert.That(page, Does.Contain("therapist1@demo.example").And.Contain("manager@demo.example").And.Contain("admin@demo.example"));
    }

    [Test]
    public async Task The_session_cookie_is_a_host_cookie_that_scripts_cannot_read()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.PostSignInAsync("therapist3@demo.example", AllianceAppFactory.DemoPassword);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-AllianceTracker=", StringComparison.Ordinal));

        Assert.That(cookie, Does.Contain("secure").IgnoreCase.And.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
    }
}
