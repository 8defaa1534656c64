using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Therapist;

/// <summary>A new patient from registration to an amended decision: the stay, capacity, the crisis plan and the history.</summary>
public class PatientRecordsTests : BrowserTest
{
    [Test]
    public async Task A_therapist_registers_and_admits_a_patient_records_capacity_and_a_crisis_plan_and_amends_a_decision()
    {
        await SignInAsync("therapist1@demo.example");
        await RegisterAsync("Havørn");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Havørn" })).ToBeVisibleAsync();
        var timeline = Page.Url;

        await AdmitAndAssessCapacityAsync();
        var stay = Page.Locator("section.stay").Last;
        await Assertions.Expect(stay).ToContainTextAsync("§3-2");
        await Assertions.Expect(stay).ToContainTextAsync("Lacks capacity to consent");
        await Assertions.Expect(stay).ToContainTextAsync("Therapist One (demo)");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-stay");

        await Page.GotoAsync(timeline);
        await RecordCrisisPlanAsync();
        await Assertions.Expect(Page.GetByLabel("Which measure they find least intrusive")).ToHaveValueAsync("Skjerming, ikke belter");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-crisis-plan");

        await Page.GotoAsync(timeline);
        await RecordDecisionAsync();
        await AmendDecisionAsync();
        var history = Page.Locator("section.history");
        await Assertions.Expect(history).ToContainTextAsync("Version 1");
        await Assertions.Expect(history).ToContainTextAsync("amended: Hun sa etterpå at hun bare godtar det");
        await Assertions.Expect(history.Locator("li").First).ToContainTextAsync("Agrees");
        await Assertions.Expect(history.Locator("li").Last).ToContainTextAsync("AcceptsButDoesNotAgree");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-amend-decision");
    }

    private async Task RegisterAsync(string alias)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Register a patient" }).ClickAsync();
        await Page.GetByLabel("Display alias").FillAsync(alias);
        await Page.GetByLabel("Preferred language").SelectOptionAsync(new SelectOptionValue { Value = "nn" });
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-register");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
    }

    private async Task AdmitAndAssessCapacityAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Stay, legal status and capacity" }).ClickAsync();
        await Page.GetByLabel("Legal status on admission").SelectOptionAsync(new SelectOptionValue { Label = "Compulsory observation" });
        await Page.GetByLabel("Legal section (for compulsory status, e.g. §3-2)").FillAsync("§3-2");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Admit" }).ClickAsync();

        await Page.GetByLabel("Result").SelectOptionAsync(new SelectOptionValue { Label = "Lacks capacity to consent" });
        await Page.GetByLabel("What it is about, e.g. consent to antipsychotic treatment").FillAsync("Samtykke til antipsykotika");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the assessment" }).ClickAsync();
    }

    private async Task RecordCrisisPlanAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Crisis plan" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Which measure they find least intrusive").FillAsync("Skjerming, ikke belter");
        await Page.GetByLabel("What helps them calm down").FillAsync("Å gå en tur med en hun kjenner");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the crisis plan" }).ClickAsync();
    }

    private async Task RecordDecisionAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record a treatment decision" }).ClickAsync();
        await Page.GetByLabel("The patient's preference, in their own words").FillAsync("Tabletter, ikke sprøyte");
        await Page.GetByLabel("Agrees", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
    }

    private async Task AmendDecisionAsync()
    {
        await Page.Locator("section[aria-labelledby='decisions-heading']").GetByRole(AriaRole.Link).Last.ClickAsync();
        await Page.GetByLabel("Why is it amended? (required, kept in the history)").FillAsync("Hun sa etterpå at hun bare godtar det");
        await Page.GetByLabel("The patient's position").SelectOptionAsync(new SelectOptionValue { Label = "Accepts but does not agree" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();
    }
}
