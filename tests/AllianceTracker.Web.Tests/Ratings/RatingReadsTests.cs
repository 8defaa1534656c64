using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Ratings;

/// <summary>
/// A rating opens its session, checks the caller's care team and asks whether this rater has rated the session
/// already, all in one query: each round trip more is paid on every rating.
/// </summary>
public class RatingReadsTests(DatabaseProvider provider) : QueryRecordingFixture(provider)
{
    [Test]
    public async Task The_session_its_care_team_check_and_the_duplicate_check_are_one_query()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);

        Queries.Clear();
        using var first = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values = ClinicalFixtures.AllFours });
        var readsOfFirst = SessionReads(session.Id);
        Queries.Clear();
        using var second = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values = ClinicalFixtures.AllFours });

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(readsOfFirst, Has.Count.EqualTo(1), string.Join("\n", readsOfFirst));
            Assert.That(readsOfFirst.Single(), Does.Contain("CareTeamMemberships").And.Contain("Ratings"));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(SessionReads(session.Id), Has.Count.EqualTo(1), "the refused rating reads no more than that one query");
        });
    }

    // the queries that read by the session's id (the rating's insert and the audit event name it too, but do not read)
    private List<string> SessionReads(Guid sessionId) =>
        [.. Queries.All.Where(q => q.Names(sessionId) && q.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).Select(q => q.Text)];
}
