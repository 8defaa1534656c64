using AllianceTracker.Core.Ratings;
using AllianceTracker.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Tablet;

public class TabletFlowTests : TabletBrowserTest
{
    [TestCase("nb")]
    [TestCase("nn")]
    [TestCase("en")]
    public async Task The_patient_rates_the_session_in_their_language_on_accessible_screens_and_the_tablet_resets(string language)
    {
        var (sessionId, alias) = await FreshSessionAsync(language);
        var code = await HandOverAsync(sessionId);
        var shots = language == "en";

        await Page.GotoAsync("/tablet");
        await AssertAccessibleAsync();
        if (shots)
        {
            await ScreenshotForGuideAsync("tablet-code");
        }

        await EnterCodeAsync(code, "nb");
        await Assertions.Expect(Page.GetByText(alias)).ToBeVisibleAsync();
        Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo(language));
        await AssertAccessibleAsync();
        if (shots)
        {
            await ScreenshotForGuideAsync("tablet-welcome");
        }

        await AnswerAllAsync(language, "Å få gå tur hver dag.", onQuestion: async n =>
        {
            if (n is 1 or 10 or 11)
            {
                await AssertAccessibleAsync();
            }

            if (shots && n is 1 or 10)
            {
                await ScreenshotForGuideAsync(n == 1 ? "tablet-question" : "tablet-own-words");
            }
        });
        await AssertAccessibleAsync();
        if (shots)
        {
            await ScreenshotForGuideAsync("tablet-review");
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = Words[language].Submit }).TapAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = Words[language].Thanks })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        if (shots)
        {
            await ScreenshotForGuideAsync("tablet-thanks");
        }

        await using var db = Infrastructure.E2E.App.NewDbContext();
        var rating = await db.Ratings.SingleAsync(r => r.SessionId == sessionId && r.Rater == Core.Instruments.Rater.Patient && r.Source == RatingSource.Tablet);
        Assert.That(rating.PatientWants, Is.EqualTo("Å få gå tur hver dag."));

        await Assertions.Expect(Page.GetByLabel("Kode")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(alias));
    }

    [Test]
    public async Task The_patient_switches_language_on_a_question_and_keeps_their_answer()
    {
        var (sessionId, _) = await FreshSessionAsync("nb");
        await Page.GotoAsync("/tablet");
        await EnterCodeAsync(await HandOverAsync(sessionId));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start" }).TapAsync();
        await Page.Locator(".option label").Nth(2).TapAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "English" }).TapAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Did we talk about what you want for yourself?" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".option input").Nth(2)).ToBeCheckedAsync();
        Assert.That(await Page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("en"));
        await AssertAccessibleAsync();
    }

    [Test]
    public async Task Declining_is_one_tap_and_is_recorded_as_declined()
    {
        var (sessionId, _) = await FreshSessionAsync("en");
        await Page.GotoAsync("/tablet");
        await EnterCodeAsync(await HandOverAsync(sessionId));

        await Page.GetByRole(AriaRole.Button, new() { Name = Words["en"].Decline }).TapAsync();

        await Assertions.Expect(Page.GetByText("We have noted that you did not want to answer today.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("tablet-declined");
        await using var db = Infrastructure.E2E.App.NewDbContext();
        var nonResponse = await EventuallyAsync(() => db.NonResponses.AsNoTracking().SingleOrDefaultAsync(n => n.SessionId == sessionId), n => n is not null);
        Assert.That(nonResponse!.Reason, Is.EqualTo(NonResponseReason.Declined));
    }

    [Test]
    public async Task Wrong_used_and_expired_codes_are_refused_clearly()
    {
        var (usedSession, _) = await FreshSessionAsync("nb");
        var used = await HandOverAsync(usedSession);
        await using (var db = Infrastructure.E2E.App.NewDbContext())
        {
            await db.TabletHandovers.Where(h => h.SessionId == usedSession).ExecuteUpdateAsync(s => s.SetProperty(h => h.RedeemedAt, DateTimeOffset.UtcNow));
        }

        var (expiredSession, _) = await FreshSessionAsync("nb");
        var expired = await HandOverAsync(expiredSession, TimeSpan.FromMinutes(-1));
        await Page.GotoAsync("/tablet");

        await EnterCodeAsync(used == "000000" || expired == "000000" ? "999999" : "000000");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Koden er ikke riktig. Sjekk den med personalet.");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("tablet-wrong-code");

        await EnterCodeAsync(used);
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Denne koden er allerede brukt. Be personalet om en ny.");

        await EnterCodeAsync(expired);
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Denne koden har gått ut. Be personalet om en ny.");
    }

    [Test]
    public async Task Answers_submitted_offline_survive_a_reload_and_are_stored_exactly_once()
    {
        var (sessionId, _) = await FreshSessionAsync("en");
        await Page.GotoAsync("/tablet");
        await EnterCodeAsync(await HandOverAsync(sessionId));
        await AnswerAllAsync("en", "Offline words");

        await Page.Context.SetOfflineAsync(true);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).TapAsync();
        await Assertions.Expect(Page.GetByText("saved on this tablet")).ToBeVisibleAsync();
        await using var db = Infrastructure.E2E.App.NewDbContext();
        Assert.That(await db.Ratings.CountAsync(r => r.SessionId == sessionId && r.Rater == Core.Instruments.Rater.Patient), Is.Zero);

        await Page.Context.SetOfflineAsync(false);
        await Page.ReloadAsync();

        var stored = await EventuallyAsync(
            () => db.Ratings.AsNoTracking().CountAsync(r => r.SessionId == sessionId && r.Rater == Core.Instruments.Rater.Patient), n => n > 0);
        var kept = await EventuallyAsync(
            () => Page.EvaluateAsync<int>("() => new Promise(r => { const o = indexedDB.open('alliance-tablet', 1); o.onsuccess = () => { const q = o.result.transaction('submissions').objectStore('submissions').count(); q.onsuccess = () => r(q.result); }; })"),
            n => n == 0);
        await Task.Delay(1000);
        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.EqualTo(1));
            Assert.That(await db.Ratings.AsNoTracking().CountAsync(r => r.SessionId == sessionId && r.Rater == Core.Instruments.Rater.Patient), Is.EqualTo(1));
            Assert.That(kept, Is.Zero);
        });
    }

    [Test]
    public async Task After_four_quiet_minutes_the_tablet_asks_and_after_five_it_resets()
    {
        await Page.Clock.InstallAsync();
        var (sessionId, alias) = await FreshSessionAsync("nb");
        await Page.GotoAsync("/tablet");
        await EnterCodeAsync(await HandOverAsync(sessionId));
        await Assertions.Expect(Page.GetByText(alias)).ToBeVisibleAsync();

        await Page.Clock.RunForAsync(4 * 60 * 1000 + 500);
        await Assertions.Expect(Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Er du der fortsatt?");
        await AssertAccessibleAsync();
        await ScreenshotForGuideAsync("tablet-still-there");

        await Page.Clock.RunForAsync(60 * 1000);
        await Assertions.Expect(Page.GetByLabel("Kode")).ToBeVisibleAsync();
        Assert.That(await Page.ContentAsync(), Does.Not.Contain(alias));
    }
}
