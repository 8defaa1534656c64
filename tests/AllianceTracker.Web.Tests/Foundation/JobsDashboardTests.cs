using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Foundation;

public class JobsDashboardTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task Admins_see_the_background_jobs_dashboard()
    {
        using var client = await App.SignInAsync("admin@demo.example");
        using var response = await client.GetAsync("/admin/jobs");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("therapist1@demo.example")]
    [TestCase("manager@demo.example")]
    public async Task Other_staff_are_refused(string email)
    {
        using var client = await App.SignInAsync(email);
        using var response = await client.GetAsync("/admin/jobs");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized).Or.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.GetAsync("/admin/jobs");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }
}
