using System.Net;
using System.Text.Json;
using AllianceTracker.Core.Goals;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Goals;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Goals;

public class GoalApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    private static object NewGoal(string? words = "Å sove hele natta") => new
    {
        patientWords = words, therapistFormulation = "Restore sleep", proposedBy = "patient", agreement = "notYetDiscussed", status = "active",
    };

    [Test]
    public async Task An_amended_goal_keeps_every_version_with_who_when_and_why()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var goal = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", NewGoal())).ReadAsync<GoalView>();

        var amended = await (await client.PostJsonAsync($"/api/v1/goals/{goal.Id}/versions", new
        {
            expectedVersion = 1, reason = "Talked it through", patientWords = "Å sove hele natta", therapistFormulation = "Restore sleep",
            proposedBy = "patient", agreement = "acceptsButDoesNotAgree", status = "active",
        })).ReadAsync<GoalView>();
        var listed = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/goals")).ReadAsync<List<GoalView>>();

        Assert.Multiple(() =>
        {
            Assert.That(amended.Version, Is.EqualTo(2));
            Assert.That(amended.History.Select(h => h.Content.Agreement), Is.EqualTo(new[] { GoalAgreement.NotYetDiscussed, GoalAgreement.AcceptsButDoesNotAgree }));
            Assert.That(amended.History[1].AmendmentReason, Is.EqualTo("Talked it through"));
            Assert.That(amended.History[0].Content.PatientWords, Is.EqualTo("Å sove hele natta"));
            Assert.That(listed.Single().Version, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Amending_an_older_version_is_a_409_with_the_current_version()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var goal = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", NewGoal())).ReadAsync<GoalView>();
        var amendment = new
        {
            expectedVersion = 1, reason = "First", patientWords = "x", therapistFormulation = (string?)null,
            proposedBy = "patient", agreement = "agreed", status = "active",
        };
        (await client.PostJsonAsync($"/api/v1/goals/{goal.Id}/versions", amendment)).Dispose();

        using var stale = await client.PostJsonAsync($"/api/v1/goals/{goal.Id}/versions", amendment with { reason = "Second" });
        using var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.RootElement.GetProperty("currentVersion").GetInt32(), Is.EqualTo(2));
        });
    }

    [TestCase("patientWords", "empty", "patient's words")]
    [TestCase("patientWords", "long", "4000")]
    [TestCase("agreement", "maybe", "not valid")]
    public async Task Invalid_goals_are_refused_naming_the_field(string field, string value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var body = new Dictionary<string, object?> { ["proposedBy"] = "patient", ["agreement"] = "agreed", ["status"] = "active", ["patientWords"] = "Sove" };
        body[field] = value switch { "empty" => null, "long" => new string('x', 4001), _ => value };

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [TestCase("reason", "", "why")]
    [TestCase("expectedVersion", 0, "version you are amending")]
    public async Task An_amendment_must_say_why_and_which_version(string field, object value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var goal = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", NewGoal())).ReadAsync<GoalView>();
        var body = new Dictionary<string, object?>
        {
            ["expectedVersion"] = 1, ["reason"] = "Because", ["patientWords"] = "Sove", ["proposedBy"] = "patient", ["agreement"] = "agreed", ["status"] = "active",
        };
        body[field] = value;

        using var response = await client.PostJsonAsync($"/api/v1/goals/{goal.Id}/versions", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Another_care_teams_goals_are_not_found()
    {
        using var owner = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(owner);
        var goal = await (await owner.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", NewGoal())).ReadAsync<GoalView>();
        using var stranger = await App.SignInAsync("therapist4@demo.example");

        using var list = await stranger.GetAsync($"/api/v1/patients/{patient.Id}/goals");
        using var amend = await stranger.PostJsonAsync($"/api/v1/goals/{goal.Id}/versions", new
        {
            expectedVersion = 1, reason = "x", patientWords = "x", proposedBy = "patient", agreement = "agreed", status = "active",
        });

        Assert.That(new[] { list.StatusCode, amend.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
