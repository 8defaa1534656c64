using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Therapist;

/// <summary>The layout's language switch, used as a therapist would, without any script on the page.</summary>
public class LanguageSwitchTests : BrowserTest
{
    [Test]
    public async Task A_therapist_switches_to_Bokmal_and_the_pages_stay_accessible_in_it()
    {
        await SignInAsync("therapist1@demo.example");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My patients" })).ToBeVisibleAsync();

        await Page.GetByLabel("Language").SelectOptionAsync(new SelectOptionValue { Label = "Norsk bokmål" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mine pasienter" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "nb");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Alliansen slik hver av partene vurderte den" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-timeline-bokmal");

        await Page.GetByLabel("Språk").SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bytt språk" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The alliance as each side rated it" })).ToBeVisibleAsync();
    }
}
