using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Administration;

public class AdministrationTests : BrowserTest
{
    [Test]
    public async Task The_administrator_walks_the_accessible_administration_pages()
    {
        await SignInAsync("admin@demo.example");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Staff accounts" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("admin-staff");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Invite a staff member" }).ClickAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Kari Nordmann");
        await Page.GetByLabel("E-mail", new() { Exact = true }).FillAsync($"kari-{Guid.NewGuid():N}@demo.example");
        await Page.GetByLabel("Therapist", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#set-password-link")).ToContainTextAsync("/Account/SetPassword?user=");
        await AssertAccessibleAsync();

        await Page.GotoAsync("/Administration/Wards");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Wards of the hospital" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("admin-wards");

        await Page.GotoAsync("/Administration/CareTeams");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Care team");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("admin-care-team");
    }
}
