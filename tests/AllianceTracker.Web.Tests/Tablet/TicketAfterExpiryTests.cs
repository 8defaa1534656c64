using System.Net;
using System.Net.Http.Headers;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static AllianceTracker.Web.Tests.Tablet.TabletTestSupport;

namespace AllianceTracker.Web.Tests.Tablet;

/// <summary>The application on a clock the tests move: tokens expire, tickets outlive them.</summary>
public class TicketAfterExpiryTests(DatabaseProvider provider) : AppFixture(provider)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    [Test]
    public async Task Answers_kept_while_the_token_expired_are_accepted_once_with_their_ticket()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync();
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            _clock.Advance(TimeSpan.FromHours(2));

            using var formRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tablet/form");
            formRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", redeemed.Token);
            using var expiredForm = await tablet.SendAsync(formRequest);
            using var accepted = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);
            using var replayed = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);
            await using var db = App.NewDbContext();

            Assert.Multiple(async () =>
            {
                Assert.That(expiredForm.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
                Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(await replayed.Content.ReadAsStringAsync(), Is.EqualTo(await accepted.Content.ReadAsStringAsync()));
                Assert.That(await db.Ratings.CountAsync(r => r.SubmissionId == redeemed.SubmissionId), Is.EqualTo(1));
            });
        }
    }

    [Test]
    public async Task A_ticket_past_its_own_lifetime_is_refused()
    {
        var (tablet, redeemed, _) = await App.HandedOverAsync(skip: 1);
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            _clock.Advance(TimeSpan.FromHours(25));

            using var response = await tablet.SubmitAsync(redeemed, form.InstrumentVersionId);

            Assert.Multiple(async () =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
                Assert.That(await response.ReasonAsync(), Is.EqualTo("ticket"));
            });
        }
    }

    [Test]
    public async Task A_code_past_its_lifetime_is_refused_as_expired()
    {
        var issued = await App.IssueCodeAsync(await App.SessionAsync(Therapist, skip: 2));
        _clock.Advance(TimeSpan.FromMinutes(15));
        using var tablet = App.CreateHttpsClient();

        using var response = await tablet.PostRedeemAsync(issued.Code);

        Assert.That(await response.ReasonAsync(), Is.EqualTo("expired"));
    }
}
