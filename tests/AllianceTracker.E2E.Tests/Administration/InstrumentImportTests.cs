using System.Text;
using AllianceTracker.E2E.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Instruments;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Administration;

/// <summary>An administrator uploads the synthetic stand-in for a licensed pack, then a broken copy of it.</summary>
public class InstrumentImportTests : BrowserTest
{
    [Test]
    public async Task The_administrator_imports_a_pack_file_and_sees_the_problems_of_a_broken_one()
    {
        await SignInAsync("admin@demo.example");
        await Page.GotoAsync("/Administration");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Instruments", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Instrument versions" })).ToContainTextAsync("Bordin alliance check");

        await Page.GetByLabel("Pack file").SetInputFilesAsync(SyntheticPack.Path);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Import the pack" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Synthetic licensed scale version 1.0 is imported from synthetic-licensed-pack.json.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Instrument versions" })).ToContainTextAsync("synthetic-licensed-scale");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("admin-instruments");

        var broken = SyntheticPack.WithCode("synthetic-licensed-scale");
        broken["version"] = "1.1";
        broken["forms"]![1]!["items"]![1]!["texts"]!["nb"]!["anchors"]!.AsObject().Remove("3");
        await Page.GetByLabel("Pack file").SetInputFilesAsync(new FilePayload
        {
            Name = "synthetic-licensed-pack-1.1.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(broken.ToJsonString()),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Import the pack" }).ClickAsync();
        var problems = Page.GetByRole(AriaRole.Table, new() { Name = "Problems in synthetic-licensed-pack-1.1.json" });
        await Assertions.Expect(problems).ToContainTextAsync("forms[therapist].items[work].texts[nb].anchors");
        await Assertions.Expect(problems).ToContainTextAsync("Scale anchor missing");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("admin-instrument-errors", Page.Locator("#error-summary"));
    }
}
