using AllianceTracker.E2E.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Account;
using Microsoft.Playwright;
using OtpNet;

namespace AllianceTracker.E2E.Tests.Mfa;

public class TwoStepSignInTests : BrowserTest
{
    [Test]
    public async Task A_therapist_sets_up_two_step_sign_in_and_then_signs_in_with_a_code_on_accessible_pages()
    {
        var email = await Infrastructure.E2E.App.CreateAsync();
        await SignInWithPasswordAsync(email);

        await Page.GotoAsync("/Mfa/Enrol");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("mfa-enrol");
        var key = (await Page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await Page.GetByLabel("The six-digit code the app shows").FillAsync(CodeAt(key, DateTime.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("mfa-recovery-codes", Page.Locator(".recovery-codes"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInWithPasswordAsync(email);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Two-step sign-in" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("mfa-second-step");
        // the code of the coming 30-second step: the application allows one step of drift and has already used the current one
        await Page.GetByLabel("Code from your authenticator app, or a recovery code").FillAsync(CodeAt(key, DateTime.UtcNow.AddSeconds(30)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My patients" })).ToBeVisibleAsync();
    }

    private async Task SignInWithPasswordAsync(string email)
    {
        await Page.GotoAsync("/Account/SignIn");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static string CodeAt(string key, DateTime utc) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(utc);
}
