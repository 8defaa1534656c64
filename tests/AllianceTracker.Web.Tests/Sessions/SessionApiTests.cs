using System.Net;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Sessions;

public class SessionApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_logged_session_is_listed_and_fetched_by_its_id()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(client);
        var logged = await client.LogSessionAsync(patient.Id);

        var list = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/sessions")).ReadAsync<List<SessionView>>();
        var fetched = await (await client.GetAsync($"/api/v1/sessions/{logged.Id}")).ReadAsync<SessionView>();

        Assert.Multiple(() =>
        {
            Assert.That(list.Select(s => s.Id), Is.EqualTo(new[] { logged.Id }));
            Assert.That(fetched.Kind, Is.EqualTo(SessionKind.IndividualConversation));
            Assert.That(fetched.DurationMinutes, Is.EqualTo(45));
            Assert.That(fetched.Version, Is.EqualTo(1));
        });
    }

    [TestCase("durationMinutes", 0, "between 1 and 600")]
    [TestCase("durationMinutes", 601, "between 1 and 600")]
    [TestCase("note", "long", "4000")]
    [TestCase("startsAt", "future", "before it has started")]
    [TestCase("startsAt", "1999", "too far back")]
    [TestCase("followsUpDecisionId", null, "follows up")]
    [TestCase("kind", "picnic", "not valid")]
    public async Task Invalid_sessions_are_refused_naming_the_field(string field, object? value, string expected)
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(client);
        var body = new Dictionary<string, object?>
        {
            ["kind"] = field == "followsUpDecisionId" ? "followUpAfterCoercion" : "individualConversation",
            ["startsAt"] = DateTimeOffset.UtcNow.AddHours(-1),
            ["durationMinutes"] = 30,
        };
        body[field] = value switch
        {
            "long" => new string('x', 4001),
            "future" => DateTimeOffset.UtcNow.AddDays(2),
            "1999" => new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero),
            _ => value,
        };

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/sessions", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Another_care_teams_sessions_are_not_found()
    {
        using var owner = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(owner);
        var session = await owner.LogSessionAsync(patient.Id);
        using var stranger = await App.SignInAsync("therapist4@demo.example");

        using var list = await stranger.GetAsync($"/api/v1/patients/{patient.Id}/sessions");
        using var one = await stranger.GetAsync($"/api/v1/sessions/{session.Id}");
        using var log = await stranger.PostJsonAsync($"/api/v1/patients/{patient.Id}/sessions",
            new { kind = "milieu", startsAt = DateTimeOffset.UtcNow, durationMinutes = 10 });

        Assert.That(new[] { list.StatusCode, one.StatusCode, log.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
