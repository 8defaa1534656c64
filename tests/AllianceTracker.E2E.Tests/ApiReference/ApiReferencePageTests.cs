using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.ApiReference;

public class ApiReferencePageTests : BrowserTest
{
    [Test]
    public async Task The_api_reference_is_readable_without_signing_in_and_accessible()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "API reference" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "API reference", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Autonomy-limiting decisions", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "POST /api/v1/autonomy-decisions/{id}/follow-up" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
