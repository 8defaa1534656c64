using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Dashboard;

public class WardDashboardTests : BrowserTest
{
    [Test]
    public async Task The_ward_manager_sees_an_accessible_dashboard_with_definitions_one_click_away()
    {
        await SignInAsync("manager@demo.example");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ward dashboard" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ward dashboard", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Each figure for the whole period and the period before" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("manager-dashboard");

        await Page.GetByLabel("Per", new() { Exact = true }).SelectOptionAsync("month");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Sessions per month" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Definition of Patient rated" }).ClickAsync();
        await Assertions.Expect(Page.Locator("[id='rating.rated']")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("manager-dashboard-definitions");
    }

    [Test]
    public async Task A_wrong_period_is_explained_beside_its_field()
    {
        await SignInAsync("manager@demo.example");

        await Page.GotoAsync("/Dashboard?from=2026-03-10&to=2026-03-01");

        await Assertions.Expect(Page.Locator("#to-error")).ToHaveTextAsync("Must be on or after from.");
        await AssertAccessibleAsync();
    }

    [Test]
    public async Task A_therapist_has_no_dashboard()
    {
        await SignInAsync("therapist1@demo.example");

        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Ward dashboard" })).ToHaveCountAsync(0);
        await Page.GotoAsync("/Dashboard");

        Assert.That(Page.Url, Does.Contain("AccessDenied"));
    }

    [Test]
    public async Task A_therapist_sees_their_own_figures_beside_the_wards()
    {
        await SignInAsync("therapist1@demo.example");
        await Page.GetByRole(AriaRole.Link, new() { Name = "My figures" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My figures beside the ward", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Mine", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Ward", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-own-figures");
    }
}
