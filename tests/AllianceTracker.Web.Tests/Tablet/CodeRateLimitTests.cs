using System.Net;
using System.Net.Http.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Tablet;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AllianceTracker.Web.Tests.Tablet.TabletTestSupport;

namespace AllianceTracker.Web.Tests.Tablet;

/// <summary>Small limits, so that both are reached in one test: 3 wrong codes per tablet, 5 for all tablets.</summary>
public class CodeRateLimitTests(DatabaseProvider provider) : AppFixture(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Tablet:DeviceAttemptsPerWindow"] = "3",
        ["Tablet:GlobalAttemptsPerWindow"] = "5",
    };

    [Test]
    public async Task Wrong_codes_are_limited_per_tablet_and_then_for_all_tablets_with_429_and_retry_after()
    {
        var issued = await App.IssueCodeAsync(await App.SessionAsync(Therapist));
        var wrong = issued.Code == "000000" ? "000001" : "000000";

        var first = await StatusesAsync("tablet-a", wrong, wrong, wrong, wrong);
        using var limitedRightCode = await RedeemOnAsync("tablet-a", issued.Code);
        var others = (await StatusesAsync("tablet-b", wrong)).Concat(await StatusesAsync("tablet-c", wrong)).ToList();
        using var global = await RedeemOnAsync("tablet-d", issued.Code);
        await using var db = App.NewDbContext();
        var keys = await db.RateLimitBuckets.Select(b => b.Key).ToListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.EqualTo(new[] { HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests }));
            Assert.That(limitedRightCode.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limitedRightCode.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(limitedRightCode.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await limitedRightCode.ReasonAsync(), Is.EqualTo("tooManyAttempts"));
            Assert.That(others, Is.All.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(global.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(global.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(60)));
            Assert.That(keys, Has.Some.EqualTo("tablet-code:global"));
            Assert.That(keys, Has.None.Contains(wrong).And.None.Contains("tablet-a"));
        });
    }

    private async Task<List<HttpStatusCode>> StatusesAsync(string device, params string[] codes)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var code in codes)
        {
            using var response = await RedeemOnAsync(device, code);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private async Task<HttpResponseMessage> RedeemOnAsync(string device, string code)
    {
        using var tablet = App.CreateHttpsClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tablet/redeem") { Content = JsonContent.Create(new { code }) };
        request.Headers.Add("Cookie", $"{TabletDevice.CookieName}={device}");
        var response = await tablet.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
