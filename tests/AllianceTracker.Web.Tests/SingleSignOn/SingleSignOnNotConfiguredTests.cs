using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Account;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.SingleSignOn;

/// <summary>
/// Without <c>Authentication:Oidc</c> settings nothing of single sign-on exists: the callback path is a path like any
/// unknown one (a caller who is not signed in is sent to sign in, as for every unknown path; a signed-in one gets 404).
/// </summary>
public class SingleSignOnNotConfiguredTests(DatabaseProvider provider) : AppFixture(provider)
{
    protected override bool WithDemoData => false;

    [Test]
    public async Task There_is_no_button_and_the_callback_and_pages_are_not_found()
    {
        using var anonymous = App.CreateHttpsClient();
        var signIn = await anonymous.GetStringAsync("/Account/SignIn");
        using var unknownPath = await anonymous.GetAsync("/no-such-path");
        using var anonymousCallback = await anonymous.PostAsync("/signin-oidc", ProviderSignIn.Form(new() { ["code"] = "x", ["state"] = "x" }));
        using var complete = await anonymous.GetAsync("/SingleSignOn/Complete");
        var token = StaffSignIn.AntiforgeryTokenIn(signIn, "/Account/SignIn");
        using var start = await anonymous.PostAsync("/SingleSignOn/Start", ProviderSignIn.Form(new() { ["__RequestVerificationToken"] = token }));
        using var signedIn = await App.SignInAsync(await App.CreateAsync(), StaffAccounts.Password);
        using var callback = await signedIn.GetAsync("/signin-oidc");

        Assert.Multiple(() =>
        {
            Assert.That(signIn, Does.Not.Contain("single-sign-on"));
            Assert.That(anonymousCallback.StatusCode, Is.EqualTo(unknownPath.StatusCode));
            Assert.That(anonymousCallback.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
            Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
