using System.Net;
using System.Text.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Goals;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Reliability;

public class ConcurrentAmendmentTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    [Test]
    public async Task Two_therapists_amending_the_same_goal_version_at_once_store_one_amendment_and_the_other_gets_409_with_the_current_version()
    {
        using var first = await App.SignInAsync(Therapist);
        using var second = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(first);
        var goal = await (await first.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", new
        {
            patientWords = "Sove hele natta", proposedBy = "patient", agreement = "notYetDiscussed", status = "active",
        })).ReadAsync<GoalView>();
        object Amendment(string words) => new
        {
            expectedVersion = 1, reason = "Talked it through", patientWords = words, therapistFormulation = (string?)null, proposedBy = "patient", agreement = "agreed", status = "active",
        };

        var answers = await Task.WhenAll(
            first.PostJsonAsync($"/api/v1/goals/{goal.Id}/versions", Amendment("Sove")),
            second.PostJsonAsync($"/api/v1/goals/{goal.Id}/versions", Amendment("Våkne uthvilt")));
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        using var problem = JsonDocument.Parse(await loser.Content.ReadAsStringAsync());
        await using var db = App.NewDbContext();
        var stored = await db.Goals.Include(g => g.Versions).AsNoTracking().SingleAsync(g => g.Id == goal.Id);

        Assert.Multiple(() =>
        {
            Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
            Assert.That(problem.RootElement.GetProperty("currentVersion").GetInt32(), Is.EqualTo(2));
            Assert.That(stored.CurrentVersion, Is.EqualTo(2));
            Assert.That(stored.Versions.Select(v => v.VersionNumber).Order(), Is.EqualTo(new[] { 1, 2 }), "no lost and no doubled version");
        });
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}
