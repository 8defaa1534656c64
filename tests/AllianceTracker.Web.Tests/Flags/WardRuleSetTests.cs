using System.Net;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Flags;

public class WardRuleSetTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Admin = "admin@demo.example";
    private const string Therapist = "therapist1@demo.example";

    [Test]
    public async Task A_rule_set_change_recomputes_the_wards_flags_with_the_new_version_and_older_flags_keep_theirs()
    {
        using var therapist = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(therapist, "Rule-set patient");
        var session = await therapist.LogSessionAsync(patient.Id);
        // patient: six items at 4 → 24 of 6–30 → 75; therapist: six at 5 → 30 → 100. Gap 25 points: not more than 25 %.
        var patientValues = new Dictionary<string, int?>(ClinicalFixtures.AllFours) { ["rupture"] = 1, ["talkedThrough"] = 0 };
        var therapistValues = new Dictionary<string, int?>(ClinicalFixtures.AllFours)
        {
            ["goal1"] = 5, ["goal2"] = 5, ["task1"] = 5, ["task2"] = 5, ["bond1"] = 5, ["bond2"] = 5,
        };
        (await therapist.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "patient", values = patientValues })).EnsureSuccessStatusCode();
        (await therapist.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "therapist", values = therapistValues })).EnsureSuccessStatusCode();
        Assert.That(await FlagsAsync(patient.Id), Has.None.Matches<Flag>(f => f.RuleId == RuleIds.RaterGap));

        using var admin = await App.SignInAsync(Admin);
        var current = await (await admin.GetAsync($"/api/v1/wards/{patient.WardId}/rule-set")).ReadAsync<WardRuleSetView>();
        using var response = await admin.PutAsync($"/api/v1/wards/{patient.WardId}/rule-set", ApiJsonContent(new
        {
            basedOnVersion = current.Version,
            parameters = current.Parameters with { RaterGapShare = 0.2 },
            changeNote = "Flag smaller gaps between the raters.",
        }));
        var saved = await response.ReadAsync<WardRuleSetView>();
        await WaitForWardRecomputeAsync(patient.WardId);
        var flags = await FlagsAsync(patient.Id);

        Assert.Multiple(() =>
        {
            Assert.That(saved.Version, Is.EqualTo(current.Version + 1));
            Assert.That(saved.Parameters.RaterGapShare, Is.EqualTo(0.2));
            Assert.That(flags.Single(f => f.RuleId == RuleIds.RaterGap).RuleSetVersion, Is.EqualTo(current.Version + 1));
            Assert.That(flags.Single(f => f.RuleId == RuleIds.ReportedRupture).RuleSetVersion, Is.EqualTo(current.Version));
        });
    }

    [Test]
    public async Task Invalid_parameters_are_refused_with_problem_details_naming_each_field_and_nothing_is_saved()
    {
        var wardId = await FirstWardAsync();
        using var admin = await App.SignInAsync(Admin);
        var current = await (await admin.GetAsync($"/api/v1/wards/{wardId}/rule-set")).ReadAsync<WardRuleSetView>();

        using var response = await admin.PutAsync($"/api/v1/wards/{wardId}/rule-set", ApiJsonContent(new
        {
            basedOnVersion = current.Version,
            parameters = current.Parameters with { PossibleDropSd = 2.0, ProbableDropSd = 1.5, FollowUpWithinHours = 0, RaterGapShare = 1.2 },
            changeNote = "",
        }));

        Assert.Multiple(async () =>
        {
            Assert.That(await response.FieldErrorsAsync("parameters.probableDropSd"), Has.Some.Contains("at least PossibleDropSd"));
            Assert.That(await response.FieldErrorsAsync("parameters.followUpWithinHours"), Has.Some.Contains("positive"));
            Assert.That(await response.FieldErrorsAsync("parameters.raterGapShare"), Has.Some.Contains("between 0 and 1"));
            Assert.That(await response.FieldErrorsAsync("changeNote"), Has.Some.Contains("why"));
        });
        var after = await (await admin.GetAsync($"/api/v1/wards/{wardId}/rule-set")).ReadAsync<WardRuleSetView>();
        Assert.That(after.Version, Is.EqualTo(current.Version));
    }

    [Test]
    public async Task A_change_based_on_an_older_version_is_a_409()
    {
        var wardId = await FirstWardAsync();
        using var admin = await App.SignInAsync(Admin);
        var current = await (await admin.GetAsync($"/api/v1/wards/{wardId}/rule-set")).ReadAsync<WardRuleSetView>();
        using var first = await admin.PutAsync($"/api/v1/wards/{wardId}/rule-set",
            ApiJsonContent(new { basedOnVersion = current.Version, parameters = current.Parameters, changeNote = "First." }));

        using var second = await admin.PutAsync($"/api/v1/wards/{wardId}/rule-set",
            ApiJsonContent(new { basedOnVersion = current.Version, parameters = current.Parameters, changeNote = "Second, on the same version." }));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Only_administrators_see_or_change_rule_sets_and_an_unknown_ward_is_not_found()
    {
        var wardId = await FirstWardAsync();
        using var therapist = await App.SignInAsync(Therapist);
        using var admin = await App.SignInAsync(Admin);

        using var refused = await therapist.GetAsync($"/api/v1/wards/{wardId}/rule-set");
        using var refusedPage = await therapist.GetAsync($"/Flags/RuleSet?wardId={wardId}");
        using var unknown = await admin.GetAsync($"/api/v1/wards/{Guid.NewGuid()}/rule-set");

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(refusedPage.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task The_page_shows_a_field_error_next_to_the_field_and_saves_nothing()
    {
        var wardId = await FirstWardAsync();
        using var admin = await App.SignInAsync(Admin);
        var current = await (await admin.GetAsync($"/api/v1/wards/{wardId}/rule-set")).ReadAsync<WardRuleSetView>();
        var page = $"/Flags/RuleSet?wardId={wardId}";
        var form = RuleSetForm.ToValues(current.Parameters).ToDictionary(v => $"Values[{v.Key}]", v => v.Value ?? "");
        form["Values[probableDropSd]"] = "0.5";
        form["Values[repairWindowSessions]"] = "three";
        form["ChangeNote"] = "Try a lower threshold.";
        form["BasedOnVersion"] = current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["__RequestVerificationToken"] = await StaffSignIn.AntiforgeryTokenAsync(admin, page);

        using var response = await admin.PostAsync(page, new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();
        var after = await (await admin.GetAsync($"/api/v1/wards/{wardId}/rule-set")).ReadAsync<WardRuleSetView>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("id=\"repairWindowSessions-error\">RepairWindowSessions must be a whole number."));
            Assert.That(after.Version, Is.EqualTo(current.Version));
        });
    }

    private static StringContent ApiJsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, ApiJson.Options), System.Text.Encoding.UTF8, "application/json");

    private async Task<Guid> FirstWardAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Wards.OrderBy(w => w.Name).Skip(1).Select(w => w.Id).FirstAsync();
    }

    private async Task<List<Flag>> FlagsAsync(Guid patientId)
    {
        await using var db = App.NewDbContext();
        return await db.Flags.Where(f => f.PatientId == patientId).ToListAsync();
    }

    /// <summary>Waits for the queued recomputation of the ward to succeed, checking that its only argument is the ward id.</summary>
    private async Task WaitForWardRecomputeAsync(Guid wardId)
    {
        var monitoring = App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var done = monitoring.SucceededJobs(0, 100).Select(j => j.Value.Job)
                .Any(j => j.Method.Name == nameof(FlagRecomputeJobs.RecomputeWardAsync) && j.Args[0] is Guid id && id == wardId);
            if (done)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("The ward's recomputation did not finish.");
    }
}
