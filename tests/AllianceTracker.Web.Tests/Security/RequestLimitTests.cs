using System.Net;
using System.Text;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Security;

/// <summary>An application of its own with small limits, so that no other test meets them.</summary>
public class RequestLimitTests(DatabaseProvider provider) : AppFixture(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Hardening:RateLimitWindowSeconds"] = "3600",
        ["Hardening:TokenRequestsPerWindow"] = "2",
        ["Hardening:ApiRequestsPerWindow"] = "5",
        ["Hardening:MaxRequestBodyBytes"] = "4096",
    };

    [Test]
    public async Task Token_requests_over_the_limit_get_429_problem_details_with_retry_after()
    {
        using var client = App.CreateHttpsClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostJsonAsync("/api/v1/auth/token", new { email = "therapist2@demo.example", password = "not the password at all" });
            statuses.Add(last.StatusCode);
        }

        using var refused = last!;
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
            Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        });
    }

    [Test]
    public async Task Api_requests_are_limited_per_user()
    {
        using var first = await App.SignInAsync("therapist1@demo.example");
        using var second = await App.SignInAsync("therapist4@demo.example");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await first.GetAsync("/api/v1/instruments");
            statuses.Add(response.StatusCode);
        }

        using var otherUser = await second.GetAsync("/api/v1/instruments");

        Assert.Multiple(() =>
        {
            Assert.That(statuses.Take(5), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(statuses[5], Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(otherUser.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_request_body_over_the_size_limit_gets_413_problem_details()
    {
        using var client = App.CreateHttpsClient();
        using var body = new StringContent("{\"email\":\"" + new string('a', 8000) + "\"}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/tablet/redeem", body);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }
}
