using System.Net;
using System.Net.Http.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllianceTracker.Web.Tests.Tablet.TabletTestSupport;

namespace AllianceTracker.Web.Tests.Tablet;

public class HandoverApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task Care_team_staff_get_a_six_digit_code_that_is_stored_only_as_a_hash()
    {
        var sessionId = await App.SessionAsync(Therapist);

        var issued = await App.IssueCodeAsync(sessionId);
        await using var db = App.NewDbContext();
        var handover = await db.TabletHandovers.SingleAsync(h => h.Id == issued.HandoverId);

        Assert.Multiple(() =>
        {
            Assert.That(issued.Code, Does.Match("^[0-9]{6}$"));
            Assert.That(handover.SessionId, Is.EqualTo(sessionId));
            Assert.That(handover.CodeHash, Does.Not.Contain(issued.Code));
            Assert.That(handover.ExpiresAt - handover.CreatedAt, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(issued.ExpiresAt, Is.EqualTo(handover.ExpiresAt).Within(TimeSpan.FromMilliseconds(1)));
        });
    }

    [Test]
    public async Task The_handover_page_shows_times_on_the_wards_clock()
    {
        var sessionId = await App.SessionAsync(Therapist);
        var issued = await App.IssueCodeAsync(sessionId);
        await using var db = App.NewDbContext();
        var made = await db.TabletHandovers.Where(h => h.Id == issued.HandoverId).Select(h => h.CreatedAt).SingleAsync();
        var zone = await (from s in db.Sessions
                          join p in db.Patients on s.PatientId equals p.Id
                          join w in db.Wards on p.WardId equals w.Id
                          where s.Id == sessionId
                          select w.TimeZoneId).SingleAsync();
        var onTheWard = TimeZoneInfo.ConvertTime(made, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.That(onTheWard.Offset, Is.Not.EqualTo(TimeSpan.Zero), "the test ward must not keep UTC, or this test proves nothing");
        using var staff = await App.SignInAsync(Therapist);

        var page = await staff.GetStringAsync($"/Tablet/Handover/{sessionId}");

        Assert.That(page, Does.Contain(onTheWard.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task A_session_of_another_care_team_is_not_found_and_the_attempt_is_audited()
    {
        var foreign = await App.SessionAsync(Therapist, onTeam: false);
        using var staff = await App.SignInAsync(Therapist);

        using var response = await staff.PostAsync($"/api/v1/sessions/{foreign}/handover", null);
        await using var db = App.NewDbContext();
        var userId = await App.UserIdAsync(Therapist);
        var audit = await db.AuditEvents.Where(a => a.UserId == userId && a.Resource == "TabletHandover").Select(a => a.Outcome).ToListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await db.TabletHandovers.AnyAsync(h => h.SessionId == foreign), Is.False);
            Assert.That(audit, Does.Contain(AuditOutcome.NotFound));
        });
    }

    [Test]
    public async Task Without_a_staff_sign_in_no_code_is_issued()
    {
        var sessionId = await App.SessionAsync(Therapist);
        using var anonymous = App.CreateHttpsClient();

        using var response = await anonymous.PostAsync($"/api/v1/sessions/{sessionId}/handover", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_right_code_gives_a_token_the_patients_alias_and_language_once()
    {
        var sessionId = await App.SessionAsync(Therapist, skip: 1);
        var issued = await App.IssueCodeAsync(sessionId);
        using var tablet = App.CreateHttpsClient();

        var redeemed = await tablet.RedeemAsync(issued.Code);
        using var again = await tablet.PostRedeemAsync(issued.Code);
        await using var db = App.NewDbContext();
        var patient = await db.Patients.SingleAsync(p => db.Sessions.Any(s => s.Id == sessionId && s.PatientId == p.Id));

        Assert.Multiple(async () =>
        {
            Assert.That(redeemed.Alias, Is.EqualTo(patient.DisplayAlias));
            Assert.That(redeemed.Language, Is.EqualTo(patient.PreferredLanguage));
            Assert.That(redeemed.Token, Is.Not.Empty);
            Assert.That(redeemed.Ticket, Is.Not.Empty);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await again.ReasonAsync(), Is.EqualTo("used"));
        });
    }

    [Test]
    public async Task A_wrong_code_is_refused_as_wrong()
    {
        await App.IssueCodeAsync(await App.SessionAsync(Therapist, skip: 2));
        using var tablet = App.CreateHttpsClient();

        using var response = await tablet.PostRedeemAsync(await UnusedCodeAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await response.ReasonAsync(), Is.EqualTo("wrong"));
        });
    }

    [Test]
    public async Task An_expired_code_is_refused_as_expired()
    {
        var issued = await App.IssueCodeAsync(await App.SessionAsync(Therapist, skip: 3));
        await using (var db = App.NewDbContext())
        {
            await db.TabletHandovers.Where(h => h.Id == issued.HandoverId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var tablet = App.CreateHttpsClient();
        using var response = await tablet.PostRedeemAsync(issued.Code);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(await response.ReasonAsync(), Is.EqualTo("expired"));
        });
    }

    [Test]
    public async Task A_revoked_code_is_refused_as_revoked()
    {
        var issued = await App.IssueCodeAsync(await App.SessionAsync(Therapist, skip: 4));
        using (var staff = await App.SignInAsync(Therapist))
        {
            using var revoked = await staff.PostAsync($"/api/v1/handovers/{issued.HandoverId}/revoke", null);
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var tablet = App.CreateHttpsClient();
        using var response = await tablet.PostRedeemAsync(issued.Code);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(await response.ReasonAsync(), Is.EqualTo("revoked"));
        });
    }

    [Test]
    public async Task A_new_code_for_the_same_session_withdraws_the_earlier_one()
    {
        var sessionId = await App.SessionAsync(Therapist, skip: 5);
        var first = await App.IssueCodeAsync(sessionId);
        await App.IssueCodeAsync(sessionId);
        using var tablet = App.CreateHttpsClient();

        using var response = await tablet.PostRedeemAsync(first.Code);

        Assert.That(await response.ReasonAsync(), Is.EqualTo("revoked"));
    }

    [TestCase("12345")]
    [TestCase("abcdef")]
    public async Task A_malformed_code_is_a_400(string code)
    {
        using var tablet = App.CreateHttpsClient();

        using var response = await tablet.PostRedeemAsync(code);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.ReasonAsync(), Is.EqualTo("malformed"));
        });
    }

    [Test]
    public async Task The_form_comes_in_the_requested_language_and_defaults_to_the_patients()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 6);
        using (tablet)
        {
            var preferred = await tablet.FormAsync(redeemed.Token);
            var nynorsk = await tablet.FormAsync(redeemed.Token, "nn");
            var english = await tablet.FormAsync(redeemed.Token, "en");

            Assert.Multiple(() =>
            {
                Assert.That(preferred.Language, Is.EqualTo(redeemed.Language));
                Assert.That(preferred.Alias, Is.EqualTo(redeemed.Alias));
                Assert.That(nynorsk.Language, Is.EqualTo("nn"));
                Assert.That(english.Items.Single(i => i.Key == "bond1").Question, Is.EqualTo("Did I treat you with respect today?"));
                Assert.That(english.Items.Single(i => i.Key == "goal1").Options, Has.Count.EqualTo(5));
                Assert.That(english.Items.Single(i => i.Key == "talkedThrough").ShowIf!.AnyOf, Is.EquivalentTo(new[] { 1, 2 }));
                Assert.That(english.Languages, Is.SupersetOf(new[] { "nb", "nn", "en" }));
            });
        }
    }

    [Test]
    public async Task The_form_without_a_valid_token_is_a_401_problem()
    {
        using var tablet = App.CreateHttpsClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tablet/form");
        request.Headers.Authorization = new("Bearer", "forged");

        using var response = await tablet.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await response.ReasonAsync(), Is.EqualTo("token"));
        });
    }

    private async Task<string> UnusedCodeAsync()
    {
        await using var db = App.NewDbContext();
        var hashes = await db.TabletHandovers.Select(h => h.CodeHash).ToListAsync();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => !hashes.Any(h => Web.Features.Tablet.HandoverCodes.Matches(h, code)));
    }
}
