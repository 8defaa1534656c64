using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Tablet;
using AllianceTracker.E2E.Tests.Infrastructure;
using AllianceTracker.Web.Features.Tablet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AllianceTracker.E2E.Tests.Tablet;

/// <summary>A ward tablet: 820×1180, touch, Norwegian locale; handovers made straight in the database.</summary>
public abstract class TabletBrowserTest : BrowserTest
{
    protected const string Therapist = "therapist1@demo.example";

    /// <summary>The tablet's words the tests press and read, per language.</summary>
    protected static readonly IReadOnlyDictionary<string, (string Next, string Continue, string Start, string Submit, string Decline, string Thanks, string Later)> Words =
        new Dictionary<string, (string, string, string, string, string, string, string)>
        {
            ["nb"] = ("Neste", "Fortsett", "Start", "Send inn", "Jeg vil ikke svare i dag", "Takk!", "Terapeuten min ser svarene mine bare i den felles oppsummeringen."),
            ["nn"] = ("Neste", "Fortsett", "Start", "Send inn", "Eg vil ikkje svare i dag", "Takk!", "Terapeuten min ser svara mine berre i den felles oppsummeringa."),
            ["en"] = ("Next", "Continue", "Start", "Submit", "I don't want to answer today", "Thank you!", "My therapist sees my answers only in the shared summary."),
        };

    protected override BrowserNewContextOptions ContextOptions => new()
    {
        BaseURL = Infrastructure.E2E.BaseUrl.ToString(),
        ViewportSize = new ViewportSize { Width = 820, Height = 1180 },
        HasTouch = true,
        IsMobile = true,
        Locale = "nb-NO",
    };

    /// <summary>A new session today with one of the therapist's patients who reads the language; its id and the patient's alias.</summary>
    protected static async Task<(Guid SessionId, string Alias)> FreshSessionAsync(string language)
    {
        await using var db = Infrastructure.E2E.App.NewDbContext();
        var userId = await db.Users.Where(u => u.Email == Therapist).Select(u => u.Id).SingleAsync();
        var patient = await db.Patients
            .Where(p => p.PreferredLanguage == language && db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == userId))
            .OrderBy(p => p.DisplayAlias).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var session = new ClinicalSession { PatientId = patient.Id, WardId = patient.WardId, TherapistId = userId };
        session.Start(new SessionDetails { Kind = SessionKind.IndividualConversation, StartsAt = now.AddHours(-1), DurationMinutes = 45 }, userId, now);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return (session.Id, patient.DisplayAlias);
    }

    /// <summary>A handover with a known code, as the staff page would make it.</summary>
    protected static async Task<string> HandOverAsync(Guid sessionId, TimeSpan? expiresIn = null)
    {
        await using var db = Infrastructure.E2E.App.NewDbContext();
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
        var staff = await db.Users.Where(u => u.Email == Therapist).Select(u => u.Id).SingleAsync();
        var code = HandoverCodes.Generate();
        var now = DateTimeOffset.UtcNow;
        db.TabletHandovers.Add(new TabletHandover
        {
            SessionId = sessionId, PatientId = session.PatientId, Mode = HandoverMode.WardTablet, CodeHash = HandoverCodes.Hash(code),
            CreatedBy = staff, CreatedAt = now, ExpiresAt = now + (expiresIn ?? TimeSpan.FromMinutes(15)),
        });
        await db.SaveChangesAsync();
        return code;
    }

    protected async Task EnterCodeAsync(string code, string language = "nb")
    {
        await Page.GetByLabel("Kode").Or(Page.GetByLabel("Code")).FillAsync(code);
        await Page.GetByRole(AriaRole.Button, new() { Name = Words[language].Continue }).TapAsync();
    }

    /// <summary>Answers every question with its first option (so no rupture, and "talked through" is not asked), writes own words, chooses the disclosure.</summary>
    protected async Task AnswerAllAsync(string language, string ownWords, bool later = false, Func<int, Task>? onQuestion = null)
    {
        var words = Words[language];
        await Page.GetByRole(AriaRole.Button, new() { Name = words.Start }).TapAsync();
        for (var n = 1; n < 30; n++)
        {
            if (onQuestion is not null)
            {
                await onQuestion(n);
            }

            var text = Page.Locator("textarea");
            if (await text.CountAsync() > 0)
            {
                await text.FillAsync(ownWords);
            }
            else if (await Page.GetByText(words.Later).CountAsync() > 0)
            {
                await (later ? Page.GetByText(words.Later) : Page.Locator(".option label").First).TapAsync();
                await Page.GetByRole(AriaRole.Button, new() { Name = words.Next }).TapAsync();
                return;
            }
            else
            {
                await Page.Locator(".option label").First.TapAsync();
            }

            await Page.GetByRole(AriaRole.Button, new() { Name = words.Next }).TapAsync();
        }

        Assert.Fail("The disclosure question never came.");
    }

    protected static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(200);
            value = await read();
        }

        return value;
    }
}
