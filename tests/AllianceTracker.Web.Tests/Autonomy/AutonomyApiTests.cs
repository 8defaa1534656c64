using System.Net;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data.Providers;
using AllianceTracker.Data.Seed;
using AllianceTracker.Web.Features.Autonomy;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Autonomy;

public class AutonomyApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    private static Dictionary<string, object?> Restraint() => new()
    {
        ["ruleId"] = NorwegianMentalHealthCareAct.CoerciveMeans,
        ["meansCode"] = "a",
        ["startsAt"] = DateTimeOffset.UtcNow.AddHours(-6),
        ["endsAt"] = DateTimeOffset.UtcNow.AddHours(-4),
        ["milderMeansTried"] = "Samtale i skjermet rom",
        ["patientView"] = "Jeg vil ikke bli lagt i belter",
        ["patientConsented"] = false,
        ["patientInformedOfComplaintRight"] = true,
    };

    [Test]
    public async Task A_restraint_is_recorded_with_its_legal_basis_and_the_patients_view()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);

        var created = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", Restraint())).ReadAsync<AutonomyDecisionView>();

        Assert.Multiple(() =>
        {
            Assert.That(created.Section, Is.EqualTo("§4-8"));
            Assert.That(created.ComplaintBody, Is.EqualTo("the Control Commission"));
            Assert.That(created.Current.PatientView, Is.EqualTo("Jeg vil ikke bli lagt i belter"));
            Assert.That(created.Current.MeansCode, Is.EqualTo("a"));
        });
    }

    [Test]
    public async Task The_follow_up_conversation_is_recorded_against_the_decision_and_clears_the_overdue_flag()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var body = Restraint();
        body["startsAt"] = DateTimeOffset.UtcNow.AddDays(-4);
        body["endsAt"] = DateTimeOffset.UtcNow.AddDays(-4).AddHours(2);
        var decision = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", body)).ReadAsync<AutonomyDecisionView>();
        var before = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();

        var updated = await (await client.PostJsonAsync($"/api/v1/autonomy-decisions/{decision.Id}/follow-up", new
        {
            offeredAt = DateTimeOffset.UtcNow.AddDays(-4).AddHours(5), heldAt = DateTimeOffset.UtcNow.AddDays(-3), declinedByPatient = false,
        })).ReadAsync<AutonomyDecisionView>();
        var after = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();

        Assert.Multiple(() =>
        {
            Assert.That(before.Select(f => f.RuleId), Does.Contain(RuleIds.FollowUpOverdue));
            Assert.That(updated.FollowUps, Has.Count.EqualTo(1));
            Assert.That(after.Single(f => f.RuleId == RuleIds.FollowUpOverdue).Status, Is.EqualTo(Core.Flags.FlagStatus.Resolved));
            Assert.That(after.Single(f => f.RuleId == RuleIds.FollowUpOverdue).ResolutionNote, Is.EqualTo(FlagRecomputer.AutomaticResolutionNote));
        });
    }

    [Test]
    public async Task A_measure_saved_without_its_formal_decision_is_flagged_by_that_request_and_cleared_by_the_version_that_records_it()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);

        var decision = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", Restraint())).ReadAsync<AutonomyDecisionView>();
        var raised = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();
        var amendment = new Dictionary<string, object?>(Restraint())
        {
            ["expectedVersion"] = 1, ["reason"] = "The formal decision was written", ["formalDecisionMade"] = true,
        };
        using var amended = await client.PostJsonAsync($"/api/v1/autonomy-decisions/{decision.Id}/versions", amendment);
        var after = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();

        Assert.Multiple(() =>
        {
            Assert.That(decision.Current.FormalDecisionMade, Is.False);
            Assert.That(raised.Single(f => f.RuleId == RuleIds.FormalDecisionMissing).Status, Is.EqualTo(Core.Flags.FlagStatus.Open));
            Assert.That(amended.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Single(f => f.RuleId == RuleIds.FormalDecisionMissing).Status, Is.EqualTo(Core.Flags.FlagStatus.Resolved));
        });
    }

    [TestCase("NO-4-8", false)]
    [TestCase("NO-4-4", true)]
    public async Task Consent_replaces_the_formal_decision_only_where_the_rule_table_says_so(string ruleCode, bool consentReplacesIt)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var body = Restraint();
        body["patientConsented"] = true;
        if (ruleCode == "NO-4-4")
        {
            body["ruleId"] = NorwegianMentalHealthCareAct.TreatmentWithoutConsent;
            body["meansCode"] = null;
            body["milderMeansTried"] = null;
        }

        using var saved = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", body);
        var flags = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(flags.Any(f => f.RuleId == RuleIds.FormalDecisionMissing), Is.Not.EqualTo(consentReplacesIt));
    }

    [TestCase("ruleId", "unknown", "jurisdiction")]
    [TestCase("meansCode", "z", "a, b, c, d")]
    [TestCase("milderMeansTried", "", "milder means")]
    [TestCase("endsAt", "before", "before the start")]
    [TestCase("patientViewNotRecordedReason", "both", "not both")]
    [TestCase("capacityAssessmentId", "unknown", "no capacity assessment")]
    [TestCase("startsAt", "future", "before it starts")]
    public async Task Invalid_decisions_are_refused_naming_the_field(string field, string value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var body = Restraint();
        body[field] = value switch
        {
            "unknown" => Guid.NewGuid(),
            "before" => DateTimeOffset.UtcNow.AddHours(-7),
            "both" => "Too unwell to talk",
            "future" => DateTimeOffset.UtcNow.AddDays(2),
            _ => value,
        };

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [TestCase("heldAt", "beforeOffer", "before it was offered")]
    [TestCase("offeredAt", "beforeStart", "before the measure started")]
    [TestCase("heldAt", "declined", "declined conversation")]
    public async Task Invalid_follow_ups_are_refused_naming_the_field(string field, string value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var decision = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", Restraint())).ReadAsync<AutonomyDecisionView>();
        var offered = DateTimeOffset.UtcNow.AddHours(-3);
        var body = new Dictionary<string, object?> { ["offeredAt"] = offered, ["declinedByPatient"] = value == "declined" };
        body[field] = value switch
        {
            "beforeOffer" => offered.AddHours(-1),
            "beforeStart" => DateTimeOffset.UtcNow.AddDays(-2),
            _ => offered.AddHours(1),
        };

        using var response = await client.PostJsonAsync($"/api/v1/autonomy-decisions/{decision.Id}/follow-up", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Retained_autonomy_is_recorded_and_listed()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);

        using var created = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/retained-autonomy",
            new { domain = "dailyRhythm", description = "Bestemmer selv når hun står opp", from = DateTimeOffset.UtcNow.AddDays(-1) });
        var listed = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/retained-autonomy")).ReadAsync<List<RetainedAutonomyView>>();

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(listed.Single().Current.Domain, Is.EqualTo(AutonomyDomain.DailyRhythm));
    }

    [TestCase("description", "other", "Describe")]
    [TestCase("to", "before", "before the start")]
    [TestCase("domain", "everything", "not valid")]
    public async Task Invalid_retained_autonomy_is_refused_naming_the_field(string field, string value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var from = DateTimeOffset.UtcNow.AddDays(-1);
        var body = new Dictionary<string, object?> { ["domain"] = value == "other" ? "other" : "leisure", ["from"] = from };
        body[field] = value switch { "other" => null, "before" => from.AddDays(-1), _ => value };

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/retained-autonomy", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Another_care_teams_autonomy_records_are_not_found()
    {
        using var owner = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(owner);
        var decision = await (await owner.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", Restraint())).ReadAsync<AutonomyDecisionView>();
        using var stranger = await App.SignInAsync("therapist4@demo.example");

        var statuses = new List<HttpStatusCode>();
        foreach (var response in new[]
                 {
                     await stranger.GetAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions"),
                     await stranger.PostJsonAsync($"/api/v1/patients/{patient.Id}/autonomy-decisions", Restraint()),
                     await stranger.PostJsonAsync($"/api/v1/autonomy-decisions/{decision.Id}/follow-up", new { offeredAt = DateTimeOffset.UtcNow }),
                     await stranger.GetAsync($"/api/v1/patients/{patient.Id}/retained-autonomy"),
                 })
        {
            statuses.Add(response.StatusCode);
            response.Dispose();
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
