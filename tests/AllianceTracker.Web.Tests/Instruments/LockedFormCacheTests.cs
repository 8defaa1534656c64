using System.Net;
using System.Text;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Instruments;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Instruments;

/// <summary>
/// A form a rating has used is locked and never changes, so the service reads it once and rates every later session
/// on the copy it keeps. A form not yet used is read for each rating, as an import may still replace it.
/// </summary>
public class LockedFormCacheTests(DatabaseProvider provider) : QueryRecordingFixture(provider)
{
    [Test]
    public async Task A_form_is_read_for_each_rating_until_one_locks_it_and_once_more_after_that()
    {
        using var admin = await App.SignInAsync("admin@demo.example");
        using var imported = await admin.PostAsync("/api/v1/instruments",
            new StringContent(SyntheticPack.WithCode("synthetic-cached").ToJsonString(), Encoding.UTF8, "application/json"));
        var formId = (await imported.ReadAsync<PackImportView>()).Forms.Single(f => f.Rater == Rater.Therapist).InstrumentVersionId;
        using var therapist = await App.SignInAsync("therapist1@demo.example");
        var patient = await App.RegisterPatientAsync(therapist);

        var readsPerRating = new List<int>();
        var answers = new List<HttpStatusCode>();
        for (var score = 1; score <= 4; score++)
        {
            var session = await therapist.LogSessionAsync(patient.Id);
            Queries.Clear();
            using var rated = await therapist.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new
            {
                rater = "therapist",
                instrumentVersionId = formId,
                values = new Dictionary<string, int?> { ["aim"] = score, ["work"] = score, ["trust"] = score },
            });
            answers.Add(rated.StatusCode);
            // a query that reads a form whole, pack included, by this form's id
            readsPerRating.Add(Queries.All.Count(q => q.Text.Contains("\"PackJson\"") && q.Names(formId)));
        }

        await using var db = App.NewDbContext();
        var totals = await db.Ratings.Where(r => r.InstrumentVersionId == formId).OrderBy(r => r.SubmittedAt).Select(r => r.Scores.TotalRaw).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Created));
            // the first rating reads the form unlocked and locks it; the second reads it locked and keeps it
            Assert.That(readsPerRating, Is.EqualTo(new[] { 1, 1, 0, 0 }));
            Assert.That(totals, Is.EqualTo(new double?[] { 3, 6, 9, 12 }));
        });
    }
}
