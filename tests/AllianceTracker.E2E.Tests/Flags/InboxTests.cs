using System.Text.Json;
using AllianceTracker.Core.Flags;
using AllianceTracker.E2E.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Flags;

/// <summary>A patient reports a rupture; the therapist finds the flag in the inbox, acknowledges it and resolves it with a note.</summary>
public class InboxTests : BrowserTest
{
    private const string Alias = "Inbox patient";
    private const string Note = "Talked it through with the patient the next morning.";

    [Test]
    public async Task A_therapist_sees_a_new_flag_with_its_explanation_acknowledges_it_and_resolves_it_with_a_note()
    {
        await SignInAsync("therapist1@demo.example");
        await RecordReportedRuptureAsync();

        await Page.GotoAsync("/Flags/Inbox");
        var flag = Page.Locator("li.flag").Filter(new() { HasText = Alias });
        await Assertions.Expect(flag).ToHaveCountAsync(1);
        await Assertions.Expect(flag).ToContainTextAsync("alliance.reported-rupture");
        await Assertions.Expect(flag).ToContainTextAsync("The patient answered \"a lot\" to whether something went wrong between patient and therapist");
        await Assertions.Expect(flag.Locator("p.why[lang='nb']")).ToContainTextAsync("Pasienten svarte «mye»");
        await AssertAccessibleAsync();
        // the demo therapist's inbox is long, so the guide shows the new flag
        await ScreenshotForGuideAsync("therapist-inbox", flag);

        await flag.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(flag).ToContainTextAsync("Acknowledged");
        await Assertions.Expect(flag.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToHaveCountAsync(0);

        await flag.GetByLabel("How was it resolved?").FillAsync(Note);
        await flag.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(flag).ToHaveCountAsync(0);
        await AssertAccessibleAsync();

        await using var db = Infrastructure.E2E.App.NewDbContext();
        var stored = await db.Flags.Where(f => db.Patients.Any(p => p.Id == f.PatientId && p.DisplayAlias == Alias)).SingleAsync();
        Assert.That((stored.Status, stored.ResolutionNote, stored.AcknowledgedAt.HasValue), Is.EqualTo((FlagStatus.Resolved, Note, true)));
    }

    /// <summary>A new patient whose first rating reports a rupture "a lot", entered through the API with the signed-in browser's cookie.</summary>
    private async Task RecordReportedRuptureAsync()
    {
        Guid wardId;
        await using (var db = Infrastructure.E2E.App.NewDbContext())
        {
            wardId = await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();
        }

        var patient = await PostAsync("/api/v1/patients", new { wardId, displayAlias = Alias, preferredLanguage = "nb" });
        var session = await PostAsync($"/api/v1/patients/{patient.GetProperty("id").GetGuid()}/sessions", new
        {
            kind = "individualConversation",
            startsAt = DateTimeOffset.UtcNow.AddHours(-1),
            durationMinutes = 45,
            note = "Talked about sleep.",
        });
        var values = new Dictionary<string, int?>(ClinicalFixtures.AllFours) { ["rupture"] = 2, ["talkedThrough"] = 0 };
        await PostAsync($"/api/v1/sessions/{session.GetProperty("id").GetGuid()}/ratings", new { rater = "patient", values });
    }

    /// <summary>Posts as the page's own scripts would: with the session cookie and the antiforgery token of a form on the page.</summary>
    private async Task<JsonElement> PostAsync(string url, object body)
    {
        var token = await Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var response = await Page.APIRequest.PostAsync(url, new()
        {
            DataObject = body,
            Headers = new Dictionary<string, string> { ["RequestVerificationToken"] = token! },
        });
        Assert.That(response.Ok, Is.True, $"{url}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}
