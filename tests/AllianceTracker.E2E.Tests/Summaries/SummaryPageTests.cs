using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Summaries;

public class SummaryPageTests : BrowserTest
{
    [Test]
    public async Task A_therapist_opens_a_patients_summary_on_an_accessible_page()
    {
        await SignInAsync("therapist1@demo.example");
        var alias = await CoercedPatientAliasAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = alias }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Shared-decision summary" }).ClickAsync();

        await Assertions.Expect(Page.Locator("article.summary h1")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#section-autonomy")).ToContainTextAsync("§4-");
        await Assertions.Expect(Page.Locator("article.summary svg")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("summary-patient");
    }

    [Test]
    public async Task The_pdf_link_serves_a_stored_pdf_for_each_version()
    {
        await SignInAsync("therapist1@demo.example");
        await Page.GetByRole(AriaRole.Link, new() { Name = await CoercedPatientAliasAsync() }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Shared-decision summary" }).ClickAsync();

        foreach (var version in new[] { "patient", "clinical" })
        {
            var href = await Page.GetByRole(AriaRole.Link, new() { Name = "Make a PDF (stored as a new version)" }).GetAttributeAsync("href");
            var response = await Page.APIRequest.GetAsync(href!);
            Assert.Multiple(() =>
            {
                Assert.That(response.Headers["content-type"], Is.EqualTo("application/pdf"));
                Assert.That(response.Headers, Does.ContainKey("x-document-id"));
            });
            await KeepPdfAsync($"summary-{version}.pdf", await response.BodyAsync());
            if (version == "patient")
            {
                await Page.GetByRole(AriaRole.Link, new() { Name = "Show the clinical version" }).ClickAsync();
            }
        }
    }

    /// <summary>Keeps the PDF with the test results, for the guide's page images (docs/guide-summaries.md says how).</summary>
    private static async Task KeepPdfAsync(string name, byte[] pdf)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "summary-pdfs");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), pdf);
    }

    /// <summary>The alias of therapist 1's patient who was held with coercive means (§4-8), as the list shows it.</summary>
    private static async Task<string> CoercedPatientAliasAsync()
    {
        await using var db = Infrastructure.E2E.App.NewDbContext();
        var therapist = await db.Users.Where(u => u.Email == "therapist1@demo.example").Select(u => u.Id).SingleAsync();
        return await db.AutonomyDecisions
            .Where(d => db.CareTeamMemberships.Any(m => m.PatientId == d.PatientId && m.StaffUserId == therapist))
            .Where(d => db.JurisdictionRules.Any(r => r.Id == d.RuleId && r.Code == "NO-4-8"))
            .Join(db.Patients, d => d.PatientId, p => p.Id, (d, p) => p.DisplayAlias)
            .OrderBy(a => a).FirstAsync();
    }
}
