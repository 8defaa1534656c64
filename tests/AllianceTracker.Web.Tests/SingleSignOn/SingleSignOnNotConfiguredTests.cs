using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.SingleSignOn;

/// <summary>Without <c>Authentication:Oidc</c> settings nothing of single sign-on exists.</summary>
public class SingleSignOnNotConfiguredTests(DatabaseProvider provider) : AppFixture(provider)
{
    protected override bool WithDemoData => false;

    [Test]
    public async Task There_is_no_button_and_the_callback_and_pages_are_not_found()
    {
        using var client = App.CreateHttpsClient();

        var signIn = await client.GetStringAsync("/Account/SignIn");
        using var callback = await client.PostAsync("/signin-oidc", ProviderSignIn.Form(new() { ["code"] = "x", ["state"] = "x" }));
        using var callbackGet = await client.GetAsync("/signin-oidc");
        using var complete = await client.GetAsync("/SingleSignOn/Complete");
        var token = StaffSignIn.AntiforgeryTokenIn(signIn, "/Account/SignIn");
        using var start = await client.PostAsync("/SingleSignOn/Start", ProviderSignIn.Form(new() { ["__RequestVerificationToken"] = token }));

        Assert.Multiple(() =>
        {
            Assert.That(signIn, Does.Not.Contain("single-sign-on"));
            Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(callbackGet.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
