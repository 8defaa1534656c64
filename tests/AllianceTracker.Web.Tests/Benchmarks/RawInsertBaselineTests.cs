using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Benchmarks;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Benchmarks;

/// <summary>
/// The raw-insert baseline of the load benchmark is no part of the product: without its setting the route does not
/// exist (which is also why the authorization matrix, built from the endpoints mapped by default, has no row for it).
/// </summary>
public class RawInsertBaselineTests
{
    private const string Therapist = "therapist1@demo.example";
    private static readonly Dictionary<string, string?> SwitchedOn = new() { [RawRatingInsertBaseline.Setting] = "true" };

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    public async Task Without_its_setting_the_baseline_answers_404_and_stores_nothing(DatabaseProvider provider)
    {
        using var app = await AllianceAppFactory.StartAsync(provider);
        var (client, sessionId) = await SessionToRateAsync(app);

        using var response = await client.PostJsonAsync($"/api/v1/benchmarks/sessions/{sessionId}/raw-ratings",
            new { rater = "therapist", values = ClinicalFixtures.AllFours });

        await using var db = app.NewDbContext();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await db.Ratings.CountAsync(r => r.SessionId == sessionId), Is.Zero);
        });
    }

    [Test]
    public async Task With_its_setting_on_PostgreSQL_the_baseline_stores_the_rating_row_and_its_answers()
    {
        using var app = await AllianceAppFactory.StartAsync(DatabaseProvider.Postgres, settings: SwitchedOn);
        var (client, sessionId) = await SessionToRateAsync(app);
        await using var db = app.NewDbContext();
        var formId = await db.InstrumentVersions.Where(v => v.Rater == Core.Instruments.Rater.Therapist).Select(v => v.Id).FirstAsync();

        using var response = await client.PostJsonAsync($"/api/v1/benchmarks/sessions/{sessionId}/raw-ratings",
            new { rater = "therapist", values = ClinicalFixtures.AllFours, instrumentVersionId = formId });

        var stored = await db.Ratings.Include(r => r.Answers).SingleAsync(r => r.SessionId == sessionId);
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((stored.PatientId, stored.WardId, stored.InstrumentVersionId), Is.EqualTo((session.PatientId, session.WardId, formId)));
            Assert.That(stored.Answers.ToDictionary(a => a.ItemKey, a => a.Value), Is.EquivalentTo(ClinicalFixtures.AllFours));
        });
    }

    [Test]
    public void With_its_setting_on_SQLite_the_service_does_not_start()
    {
        var refusal = Assert.CatchAsync(() => AllianceAppFactory.StartAsync(DatabaseProvider.Sqlite, settings: SwitchedOn));

        Assert.That(refusal!.ToString(), Does.Contain($"{RawRatingInsertBaseline.Setting} needs PostgreSQL"));
    }

    private static async Task<(HttpClient Client, Guid SessionId)> SessionToRateAsync(AllianceAppFactory app)
    {
        var client = await app.SignInAsync(Therapist);
        var patient = await app.RegisterPatientAsync(client);
        return (client, (await client.LogSessionAsync(patient.Id)).Id);
    }
}
