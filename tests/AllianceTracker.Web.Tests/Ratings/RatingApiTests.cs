using System.Net;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Ratings;

public class RatingApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    [Test]
    public async Task A_therapist_rating_is_scored_and_stored_with_its_instrument_version()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);

        var rating = await (await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings",
            new { rater = "therapist", values = ClinicalFixtures.AllFours })).ReadAsync<RatingView>();
        await using var db = App.NewDbContext();
        var version = await db.InstrumentVersions.SingleAsync(v => v.Id == rating.InstrumentVersionId);

        Assert.Multiple(() =>
        {
            // six items at 4 on a 1–5 scale: raw 24 of 6–30, so (24 − 6) / (30 − 6) × 100 = 75
            Assert.That(rating.Scores!.TotalRaw, Is.EqualTo(24));
            Assert.That(rating.Scores.Total100, Is.EqualTo(75).Within(1e-9));
            Assert.That(rating.Scores.Goal100, Is.EqualTo(75).Within(1e-9));
            Assert.That(version.Rater, Is.EqualTo(Rater.Therapist));
            Assert.That(version.IsLocked, Is.True);
        });
    }

    [Test]
    public async Task A_reported_rupture_raises_its_flag_in_the_same_request()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        var values = new Dictionary<string, int?>(ClinicalFixtures.AllFours) { ["rupture"] = 2, ["talkedThrough"] = 0 };

        using var response = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "patient", values });
        var flags = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(flags.Select(f => f.RuleId), Does.Contain(RuleIds.ReportedRupture));
    }

    [TestCase("goal1", 6, "answers.goal1")]
    [TestCase("goal1", 0, "answers.goal1")]
    [TestCase("unknownItem", 3, "answers.unknownItem")]
    public async Task Answers_out_of_the_form_are_refused_naming_the_item(string item, int value, string field)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        var values = new Dictionary<string, int?>(ClinicalFixtures.AllFours) { [item] = value };

        using var response = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values });

        Assert.That(await response.FieldErrorsAsync(field), Is.Not.Empty);
    }

    [Test]
    public async Task A_missing_required_answer_is_named()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        var values = new Dictionary<string, int?>(ClinicalFixtures.AllFours);
        values.Remove("bond2");

        using var response = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values });

        Assert.That(await response.FieldErrorsAsync("answers.bond2"), Is.Not.Empty);
    }

    [Test]
    public async Task An_unknown_or_mismatched_instrument_version_is_refused()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        await using var db = App.NewDbContext();
        var patientForm = await db.InstrumentVersions.Where(v => v.Rater == Rater.Patient).Select(v => v.Id).FirstAsync();

        using var unknown = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings",
            new { rater = "therapist", values = ClinicalFixtures.AllFours, instrumentVersionId = Guid.NewGuid() });
        using var mismatched = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings",
            new { rater = "therapist", values = ClinicalFixtures.AllFours, instrumentVersionId = patientForm });

        Assert.Multiple(async () =>
        {
            Assert.That(await unknown.FieldErrorsAsync("instrumentVersionId"), Has.Some.Contains("no instrument version"));
            Assert.That(await mismatched.FieldErrorsAsync("instrumentVersionId"), Has.Some.Contains("patient's form"));
        });
    }

    [Test]
    public async Task A_second_rating_by_the_same_rater_is_refused()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        (await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values = ClinicalFixtures.AllFours })).Dispose();

        using var again = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values = ClinicalFixtures.AllFours });

        Assert.That(await again.FieldErrorsAsync("rater"), Has.Some.Contains("already has"));
    }

    [Test]
    public async Task A_non_response_is_recorded_with_its_reason_and_only_once()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);

        using var first = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/non-responses", new { reason = "tooUnwell" });
        using var second = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/non-responses", new { reason = "declined" });
        var fetched = await (await client.GetAsync($"/api/v1/sessions/{session.Id}")).ReadAsync<SessionView>();

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(fetched.PatientNonResponse, Is.EqualTo(NonResponseReason.TooUnwell));
            Assert.That(await second.FieldErrorsAsync("reason"), Has.Some.Contains("already recorded"));
        });
    }

    [TestCase("reason", "sleeping")]
    [TestCase("note", "long")]
    public async Task Invalid_non_responses_are_refused_naming_the_field(string field, string value)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        var body = new Dictionary<string, object?> { ["reason"] = "declined", [field] = value == "long" ? new string('x', 2001) : value };

        using var response = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/non-responses", body);

        Assert.That(await response.FieldErrorsAsync(field), Is.Not.Empty);
    }

    [Test]
    public async Task A_patient_rating_shared_only_in_the_summary_is_withheld_from_staff()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        await using (var db = App.NewDbContext())
        {
            var form = await db.InstrumentVersions.FirstAsync(v => v.Rater == Rater.Patient);
            db.Ratings.Add(new AllianceRating
            {
                SessionId = session.Id, PatientId = patient.Id, WardId = patient.WardId, Rater = Rater.Patient,
                InstrumentVersionId = form.Id, Source = RatingSource.Tablet, SubmittedAt = DateTimeOffset.UtcNow,
                Scores = new RatingScores { TotalRaw = 12, Total100 = 25 }, PatientWants = "Å få gå ut alene",
                Disclosure = Disclosure.InSharedSummaryOnly,
            });
            await db.SaveChangesAsync();
        }

        var fetched = await (await client.GetAsync($"/api/v1/sessions/{session.Id}")).ReadAsync<SessionView>();

        Assert.Multiple(() =>
        {
            Assert.That(fetched.PatientRating!.WithheldUntilSummary, Is.True);
            Assert.That(fetched.PatientRating.Scores, Is.Null);
            Assert.That(fetched.PatientRating.PatientWants, Is.Null);
        });
    }

    [Test]
    public async Task A_flag_raised_on_a_rating_shared_only_in_the_summary_names_its_rule_but_not_the_patients_numbers()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        await using (var db = App.NewDbContext())
        {
            var form = await db.InstrumentVersions.FirstAsync(v => v.Rater == Rater.Patient);
            db.Ratings.Add(new AllianceRating
            {
                SessionId = session.Id, PatientId = patient.Id, WardId = patient.WardId, Rater = Rater.Patient,
                InstrumentVersionId = form.Id, Source = RatingSource.Tablet, SubmittedAt = DateTimeOffset.UtcNow,
                Scores = new RatingScores { TotalRaw = 12, Total100 = 25 }, Disclosure = Disclosure.InSharedSummaryOnly,
            });
            await db.SaveChangesAsync();
        }

        using var therapistRating = await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values = ClinicalFixtures.AllFours });
        var flags = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();
        var gap = flags.Single(f => f.RuleId == RuleIds.RaterGap);

        Assert.Multiple(() =>
        {
            Assert.That(therapistRating.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(gap.ExplanationEn, Is.EqualTo(FlagQueries.WithheldExplanationEn));
            Assert.That(gap.ExplanationNb, Is.EqualTo(FlagQueries.WithheldExplanationNb));
            Assert.That(gap.InputsJson, Is.EqualTo("{}"));
        });
    }

    [Test]
    public async Task Ratings_cannot_be_entered_for_another_care_teams_session()
    {
        using var owner = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(owner);
        var session = await owner.LogSessionAsync(patient.Id);
        using var stranger = await App.SignInAsync("therapist4@demo.example");

        using var rating = await stranger.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values = ClinicalFixtures.AllFours });
        using var nonResponse = await stranger.PostJsonAsync($"/api/v1/sessions/{session.Id}/non-responses", new { reason = "declined" });

        Assert.That(new[] { rating.StatusCode, nonResponse.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
