using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Security;

/// <summary>An application of its own with a small sign-in limit, so that no other test meets it.</summary>
public class SignInRateLimitTests(DatabaseProvider provider) : AppFixture(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Hardening:RateLimitWindowSeconds"] = "3600",
        ["Hardening:SignInAttemptsPerWindow"] = "3",
    };

    [Test]
    public async Task Sign_in_posts_over_the_limit_are_refused_while_the_page_itself_still_loads()
    {
        using var client = App.CreateHttpsClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostSignInAsync("therapist3@demo.example", "not the password at all");
            statuses.Add(response.StatusCode);
        }

        using var page = await client.GetAsync("/Account/SignIn");

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
