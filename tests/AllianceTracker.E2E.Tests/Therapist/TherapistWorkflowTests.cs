using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Therapist;

/// <summary>A therapist's day: log a session with a rating, a decision the patient accepts without agreeing, a §4-8 decision with the patient's view.</summary>
public class TherapistWorkflowTests : BrowserTest
{
    [Test]
    public async Task A_therapist_logs_a_session_a_decision_and_a_restraint_and_sees_them_on_the_timeline()
    {
        await SignInAsync("therapist1@demo.example");
        await Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The alliance as each side rated it" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-timeline");
        var timeline = Page.Url;

        await LogSessionWithRatingAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The two ratings, side by side" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-session");

        await Page.GotoAsync(timeline);
        await RecordAcquiescentDecisionAsync();
        await Assertions.Expect(Page.Locator("tr.acquiescence").Last).ToContainTextAsync("Jeg godtar det, men jeg er ikke enig");

        await RecordRestraintAsync();
        var autonomy = Page.Locator("section[aria-labelledby='autonomy-heading']");
        await Assertions.Expect(autonomy).ToContainTextAsync("§4-8");
        await Assertions.Expect(autonomy).ToContainTextAsync("Ikke belter – la meg få snakke med søstera mi");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("therapist-timeline-after");
    }

    [Test]
    public async Task A_rating_with_a_missing_answer_is_refused_with_a_clear_message()
    {
        await SignInAsync("therapist1@demo.example");
        await Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log a session" }).ClickAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();

        var problems = Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(problems).ToContainTextAsync("Answer the question \"Did we talk about what the patient wants for themselves?\".");
        await Assertions.Expect(problems).Not.ToContainTextAsync("is not valid");
        await AssertAccessibleAsync();
    }

    private async Task LogSessionWithRatingAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log a session" }).ClickAsync();
        await AssertAccessibleAsync();
        foreach (var item in new[] { "goal1", "goal2", "task1", "task2", "bond1", "bond2" })
        {
            await Page.Locator($"input[name='Values[{item}]'][value='4']").CheckAsync();
        }

        await Page.Locator("input[name='Values[rupture]'][value='0']").CheckAsync();
        await Page.Locator("input[name='Values[mainDecision]'][value='0']").CheckAsync();
        await ScreenshotForGuideAsync("therapist-log-session");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();
    }

    private async Task RecordAcquiescentDecisionAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record a treatment decision" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("The patient's preference, in their own words").FillAsync("Jeg godtar det, men jeg er ikke enig");
        await Page.GetByLabel("Accepts but does not agree").CheckAsync();
        await ScreenshotForGuideAsync("therapist-decision");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
    }

    private async Task RecordRestraintAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record an autonomy-limiting decision" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Legal basis").SelectOptionAsync(new SelectOptionValue { Label = "§4-8 – Coercive means" });
        await Page.GetByLabel("Means (only for sections that have them, e.g. §4-8)").SelectOptionAsync(new SelectOptionValue { Value = "a" });
        await Page.GetByLabel("Milder means tried").FillAsync("Samtale i rolig rom, tilbud om medisin");
        await Page.GetByLabel("The patient's view, given before the decision, in their words").FillAsync("Ikke belter – la meg få snakke med søstera mi");
        await Page.GetByLabel("The patient was told of the right to complain, and to whom").CheckAsync();
        await ScreenshotForGuideAsync("therapist-autonomy-decision");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
    }
}
