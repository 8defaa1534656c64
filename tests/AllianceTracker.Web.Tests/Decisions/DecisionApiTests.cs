using System.Net;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Decisions;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Decisions;

public class DecisionApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    private static Dictionary<string, object?> Decision() => new()
    {
        ["topic"] = "medication",
        ["decidedAt"] = DateTimeOffset.UtcNow.AddHours(-2),
        ["optionsDiscussed"] = "Tablets or depot",
        ["patientPreference"] = "Jeg vil ha tabletter, ikke sprøyte",
        ["clinicianRecommendation"] = "Depot",
        ["outcome"] = "Tablets for two weeks",
        ["decidedBy"] = "clinicianWithPatientAgreement",
        ["patientPosition"] = "acceptsButDoesNotAgree",
        ["stage"] = "assessingLevelsOfAutonomy",
    };

    [Test]
    public async Task An_acquiescent_decision_is_stored_with_the_patients_own_words()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);

        var created = await (await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/decisions", Decision())).ReadAsync<TreatmentDecisionView>();
        var listed = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/decisions")).ReadAsync<List<TreatmentDecisionView>>();

        Assert.Multiple(() =>
        {
            Assert.That(created.Current.PatientPosition, Is.EqualTo(AgreementPosition.AcceptsButDoesNotAgree));
            Assert.That(listed.Single().Current.PatientPreference, Is.EqualTo("Jeg vil ha tabletter, ikke sprøyte"));
            Assert.That(listed.Single().Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Over_the_patients_objection_a_rationale_is_required()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var body = Decision();
        body["decidedBy"] = "clinicianOverPatientObjection";
        body["patientPosition"] = "disagrees";

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/decisions", body);

        Assert.That(await response.FieldErrorsAsync("rationale"), Has.Some.Contains("rationale"));
    }

    [TestCase("topic", "haircut", "not valid")]
    [TestCase("decidedAt", "future", "before it is made")]
    [TestCase("decidedAt", "1999", "too far back")]
    [TestCase("outcome", "long", "4000")]
    [TestCase("patientPosition", "agrees", "cannot have the patient agreeing")]
    [TestCase("sessionId", "unknown", "no session")]
    public async Task Invalid_decisions_are_refused_naming_the_field(string field, string value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var body = Decision();
        if (value == "agrees")
        {
            body["decidedBy"] = "clinicianOverPatientObjection";
            body["rationale"] = "Risk";
        }

        body[field] = value switch
        {
            "future" => DateTimeOffset.UtcNow.AddDays(3),
            "1999" => new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero),
            "long" => new string('x', 4001),
            "unknown" => Guid.NewGuid(),
            _ => value,
        };

        using var response = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/decisions", body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    [Test]
    public async Task Acquiescence_reported_on_a_rating_is_flagged_at_once()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var session = await client.LogSessionAsync(patient.Id);
        var values = new Dictionary<string, int?>(ClinicalFixtures.AllFours) { ["mainDecision"] = 1 };

        (await client.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new { rater = "patient", values })).Dispose();
        var flags = await (await client.GetAsync($"/api/v1/patients/{patient.Id}/flags")).ReadAsync<List<FlagView>>();

        Assert.That(flags.Select(f => f.RuleId), Does.Contain(RuleIds.Acquiescence));
    }

    [Test]
    public async Task Another_care_teams_decisions_are_not_found()
    {
        using var owner = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(owner);
        using var stranger = await App.SignInAsync("therapist4@demo.example");

        using var list = await stranger.GetAsync($"/api/v1/patients/{patient.Id}/decisions");
        using var create = await stranger.PostJsonAsync($"/api/v1/patients/{patient.Id}/decisions", Decision());

        Assert.That(new[] { list.StatusCode, create.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }
}
