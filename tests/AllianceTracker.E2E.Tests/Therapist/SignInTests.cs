using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Therapist;

public class SignInTests : BrowserTest
{
    [Test]
    public async Task The_demo_therapist_signs_in_and_sees_their_patients_on_an_accessible_page()
    {
        await Page.GotoAsync("/Account/SignIn");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("sign-in");

        await SignInAsync("therapist1@demo.example");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My patients" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("(demo)");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-my-patients");
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        await SignInAsync("therapist2@demo.example");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();

        await Page.GotoAsync("/Patients");

        Assert.That(Page.Url, Does.Contain("/Account/SignIn"));
    }
}
