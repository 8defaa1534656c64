using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Tablet;

public class StaffHandoverTests : TabletBrowserTest
{
    [Test]
    public async Task A_code_from_the_handover_page_opens_the_ward_tablet_and_withheld_answers_stay_hidden_from_the_therapist()
    {
        var (sessionId, alias) = await FreshSessionAsync("en");
        await using var staffContext = await Infrastructure.E2E.NewContextAsync(new() { BaseURL = Infrastructure.E2E.BaseUrl.ToString() });
        var staff = await staffContext.NewPageAsync();
        await SignInOnAsync(staff);
        await staff.GotoAsync($"/Tablet/Handover/{sessionId}");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Show a code for a ward tablet" }).ClickAsync();
        var code = (await staff.Locator(".handover-code .code").InnerTextAsync()).Trim();
        await Assertions.Expect(staff.Locator(".handover-code .qr svg")).ToBeVisibleAsync();
        await AssertAccessibleOnAsync(staff);
        await staff.ScreenshotAsync(new() { Path = GuideImage("tablet-handover-code"), FullPage = true });

        await Page.GotoAsync("/tablet");
        await EnterCodeAsync(code);
        await Assertions.Expect(Page.GetByText(alias)).ToBeVisibleAsync();
        await AnswerAllAsync("en", "Words only for the shared summary", later: true);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).TapAsync();
        await Assertions.Expect(Page.GetByText("Your answers have been received.")).ToBeVisibleAsync();

        await staff.ReloadAsync();
        await Assertions.Expect(staff.GetByText("only in the shared summary")).ToBeVisibleAsync();
        Assert.That(await staff.ContentAsync(), Does.Not.Contain("Words only for the shared summary"));
        await Assertions.Expect(staff.GetByRole(AriaRole.Cell, new() { Name = "completed" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Handing_this_device_over_signs_the_staff_member_out_and_opens_the_rating()
    {
        var (sessionId, alias) = await FreshSessionAsync("nn");
        await SignInOnAsync(Page);
        await Page.GotoAsync($"/Tablet/Handover/{sessionId}");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("tablet-handover");

        // the tablet's browser asks for Bokmål, so the staff pages answer in it
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gi denne enheten til pasienten" }).ClickAsync();

        await Assertions.Expect(Page.GetByText(alias)).ToBeVisibleAsync();
        Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("nn"));
        var staffApi = await Page.Context.APIRequest.GetAsync("/api/v1/patients");
        Assert.That(staffApi.Status, Is.EqualTo(401));
        await Page.GetByRole(AriaRole.Button, new() { Name = Words["nn"].Decline }).TapAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Innlogging for personalet" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    /// <summary>Signs in whichever language the browser asks for: the tablet's asks for Bokmål.</summary>
    private static async Task SignInOnAsync(IPage page)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").Or(page.GetByLabel("E-post")).FillAsync(Therapist);
        await page.GetByLabel("Password").Or(page.GetByLabel("Passord")).FillAsync(AllianceAppFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true })).ClickAsync();
        await page.WaitForURLAsync("**/Patients");
    }

    private static async Task AssertAccessibleOnAsync(IPage page)
    {
        var result = await Deque.AxeCore.Playwright.PageExtensions.RunAxe(page);
        Assert.That(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id), Is.Empty);
    }

    private static string GuideImage(string name) => Path.Combine(RepositoryRoot.Path, "docs", "images", name + ".png");
}
