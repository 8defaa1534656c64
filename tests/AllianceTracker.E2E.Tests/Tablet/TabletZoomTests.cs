using AllianceTracker.Core.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Tablet;

/// <summary>
/// The tablet at 200 % zoom: the same 820×1180 screen with half as many CSS pixels across. Every screen must
/// still fit its width (no sideways scrolling) and the whole rating must still be possible.
/// </summary>
public class TabletZoomTests : TabletBrowserTest
{
    protected override BrowserNewContextOptions ContextOptions => new()
    {
        BaseURL = Infrastructure.E2E.BaseUrl.ToString(),
        ViewportSize = new ViewportSize { Width = 410, Height = 590 },
        DeviceScaleFactor = 2,
        HasTouch = true,
        IsMobile = true,
        Locale = "nb-NO",
    };

    [Test]
    public async Task At_200_percent_zoom_every_screen_fits_its_width_and_the_rating_is_stored()
    {
        var (sessionId, _) = await FreshSessionAsync("en");
        var code = await HandOverAsync(sessionId);
        var overflowing = new List<string>();

        await Page.GotoAsync("/tablet");
        await RecordOverflowAsync(overflowing, "code");
        await EnterCodeAsync(code, "nb");
        await RecordOverflowAsync(overflowing, "welcome");
        await AnswerAllAsync("en", "Walk outside every day.", onQuestion: n => RecordOverflowAsync(overflowing, $"question {n}"));
        await RecordOverflowAsync(overflowing, "review");
        await Page.GetByRole(AriaRole.Button, new() { Name = Words["en"].Submit }).TapAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = Words["en"].Thanks })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await using var db = Infrastructure.E2E.App.NewDbContext();
        Assert.That(await db.Ratings.CountAsync(r => r.SessionId == sessionId && r.Rater == Rater.Patient), Is.EqualTo(1));
        Assert.That(overflowing, Is.Empty, "screens that scroll sideways at 200 % zoom");
    }

    private async Task RecordOverflowAsync(List<string> overflowing, string screen)
    {
        var fits = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
        if (!fits)
        {
            overflowing.Add(screen);
        }
    }
}
