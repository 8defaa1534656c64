using System.Net;
using System.Text.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data.Providers;
using AllianceTracker.Data.Seed;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Records;

/// <summary>Every amendable record type, amended through the API the same way: a new version, a reason, a version check.</summary>
public class AmendmentApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    public static readonly string[] Kinds = ["goal", "session", "decision", "autonomy-decision", "retained-autonomy", "crisis-plan"];

    private sealed record Amendable(string Url, Dictionary<string, object?> Amendment);

    /// <summary>Creates a record of the kind and returns where to amend it, with a valid amendment of version 1.</summary>
    private static async Task<Amendable> CreateAsync(string kind, HttpClient client, Guid patientId)
    {
        var (createUrl, body, amendUrl) = kind switch
        {
            "goal" => ($"/api/v1/patients/{patientId}/goals", new Dictionary<string, object?>
            {
                ["patientWords"] = "Å sove hele natta", ["proposedBy"] = "patient", ["agreement"] = "notYetDiscussed", ["status"] = "active",
            }, "/api/v1/goals/{0}/versions"),
            "session" => ($"/api/v1/patients/{patientId}/sessions", new Dictionary<string, object?>
            {
                ["kind"] = "individualConversation", ["startsAt"] = DateTimeOffset.UtcNow.AddHours(-1), ["durationMinutes"] = 45, ["note"] = "Søvn",
            }, "/api/v1/sessions/{0}/versions"),
            "decision" => ($"/api/v1/patients/{patientId}/decisions", new Dictionary<string, object?>
            {
                ["topic"] = "medication", ["decidedAt"] = DateTimeOffset.UtcNow.AddHours(-2), ["patientPreference"] = "Tabletter",
                ["decidedBy"] = "jointly", ["patientPosition"] = "agrees", ["stage"] = "assessingLevelsOfAutonomy",
            }, "/api/v1/decisions/{0}/versions"),
            "autonomy-decision" => ($"/api/v1/patients/{patientId}/autonomy-decisions", Restraint(), "/api/v1/autonomy-decisions/{0}/versions"),
            "retained-autonomy" => ($"/api/v1/patients/{patientId}/retained-autonomy", new Dictionary<string, object?>
            {
                ["domain"] = "clothing", ["from"] = DateTimeOffset.UtcNow.AddDays(-3),
            }, "/api/v1/retained-autonomy/{0}/versions"),
            "crisis-plan" => ($"/api/v1/patients/{patientId}/crisis-plan", new Dictionary<string, object?>
            {
                ["expectedVersion"] = 0, ["leastIntrusiveMeasure"] = "Skjerming framfor belter", ["whatHelpsToCalmDown"] = "Musikk",
            }, $"/api/v1/patients/{patientId}/crisis-plan"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        using var created = await client.PostJsonAsync(createUrl, body);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.RootElement.ToString());
        var amendment = new Dictionary<string, object?>(body) { ["expectedVersion"] = 1, ["reason"] = "Corrected after the ward round" };
        return new Amendable(string.Format(amendUrl, json.RootElement.GetProperty("id").GetGuid()), amendment);
    }

    private static Dictionary<string, object?> Restraint() => new()
    {
        ["ruleId"] = NorwegianMentalHealthCareAct.CoerciveMeans,
        ["meansCode"] = "a",
        ["startsAt"] = DateTimeOffset.UtcNow.AddHours(-6),
        ["endsAt"] = DateTimeOffset.UtcNow.AddHours(-4),
        ["milderMeansTried"] = "Samtale i skjermet rom",
        ["patientView"] = "Jeg vil ikke bli lagt i belter",
        ["patientInformedOfComplaintRight"] = true,
    };

    private async Task<(HttpClient Client, Guid PatientId, Amendable Record)> RecordAsync(string kind)
    {
        var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        return (client, patient.Id, await CreateAsync(kind, client, patient.Id));
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task An_amendment_appends_a_version_and_keeps_the_old_one_with_who_when_and_why(string kind)
    {
        var (client, _, record) = await RecordAsync(kind);
        using (client)
        {
            using var response = await client.PostJsonAsync(record.Url, record.Amendment);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var history = json.RootElement.GetProperty("history").EnumerateArray().ToList();

            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.RootElement.ToString());
                Assert.That(json.RootElement.GetProperty("version").GetInt32(), Is.EqualTo(2));
                Assert.That(history.Select(v => v.GetProperty("version").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
                Assert.That(history[0].GetProperty("amendmentReason").ValueKind, Is.EqualTo(JsonValueKind.Null));
                Assert.That(history[1].GetProperty("amendmentReason").GetString(), Is.EqualTo("Corrected after the ward round"));
                Assert.That(history[1].GetProperty("recordedBy").GetGuid(), Is.Not.EqualTo(Guid.Empty));
            });
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task An_amendment_based_on_an_older_version_is_a_409_naming_the_current_version(string kind)
    {
        var (client, _, record) = await RecordAsync(kind);
        using (client)
        {
            (await client.PostJsonAsync(record.Url, record.Amendment)).Dispose();

            using var stale = await client.PostJsonAsync(record.Url, record.Amendment);
            using var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());

            Assert.Multiple(() =>
            {
                Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
                Assert.That(stale.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
                Assert.That(problem.RootElement.GetProperty("currentVersion").GetInt32(), Is.EqualTo(2));
            });
        }
    }

    private static IEnumerable<TestCaseData> InvalidAmendments() =>
        Kinds.SelectMany(kind => new[]
        {
            new TestCaseData(kind, "reason", "", "amended"),
            new TestCaseData(kind, "reason", new string('x', 2001), "2000"),
        }).Concat(Kinds.Where(k => k != "crisis-plan").Select(kind => new TestCaseData(kind, "expectedVersion", 0, "version you are amending")))
        .Concat(
        [
            new TestCaseData("crisis-plan", "expectedVersion", -1, "0 for a new plan"),
            new TestCaseData("crisis-plan", "leastIntrusiveMeasure", null, "at least one"),
            new TestCaseData("crisis-plan", "whatHelpsToCalmDown", new string('x', 4001), "4000"),
            new TestCaseData("crisis-plan", "whatMakesItWorse", new string('x', 4001), "4000"),
            new TestCaseData("crisis-plan", "otherPreferences", new string('x', 4001), "4000"),
            new TestCaseData("session", "durationMinutes", 0, "between 1 and 600"),
            new TestCaseData("decision", "patientPosition", "agrees", "cannot have the patient agreeing"),
            new TestCaseData("autonomy-decision", "meansCode", "z", "a, b, c, d"),
            new TestCaseData("autonomy-decision", "ruleId", "00000000-0000-0000-0000-000000000001", "cannot change"),
            new TestCaseData("retained-autonomy", "to", "before", "before the start"),
            new TestCaseData("goal", "agreement", "maybe", "not valid"),
        ]);

    [TestCaseSource(nameof(InvalidAmendments))]
    public async Task Invalid_amendments_are_refused_naming_the_field(string kind, string field, object? value, string expected)
    {
        var (client, _, record) = await RecordAsync(kind);
        using (client)
        {
            var body = new Dictionary<string, object?>(record.Amendment) { [field] = value };
            if (field == "leastIntrusiveMeasure")
            {
                body["whatHelpsToCalmDown"] = null;
            }

            if (field == "patientPosition")
            {
                body["decidedBy"] = "clinicianOverPatientObjection";
                body["rationale"] = "Acute risk";
            }

            if (value is "before")
            {
                body[field] = DateTimeOffset.UtcNow.AddDays(-10);
            }

            using var response = await client.PostJsonAsync(record.Url, body);

            Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task Another_care_team_cannot_amend_and_the_attempt_is_audited(string kind)
    {
        var (owner, patientId, record) = await RecordAsync(kind);
        using (owner)
        {
            using var stranger = await App.SignInAsync("therapist4@demo.example");

            using var response = await stranger.PostJsonAsync(record.Url, record.Amendment);
            await using var db = App.NewDbContext();
            var refused = await db.AuditEvents.CountAsync(a => a.PatientId == patientId && a.Outcome == AuditOutcome.NotFound);

            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
                Assert.That(refused, Is.EqualTo(1));
            });
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task Anonymous_callers_cannot_amend(string kind)
    {
        var (owner, _, record) = await RecordAsync(kind);
        using (owner)
        {
            using var anonymous = App.CreateHttpsClient();

            using var response = await anonymous.PostJsonAsync(record.Url, record.Amendment);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task Amending_an_autonomy_decision_recomputes_the_patients_flags()
    {
        var (client, patientId, record) = await RecordAsync("autonomy-decision");
        using (client)
        {
            var before = await (await client.GetAsync($"/api/v1/patients/{patientId}/flags")).ReadAsync<List<FlagView>>();

            (await client.PostJsonAsync(record.Url, new Dictionary<string, object?>(record.Amendment)
            {
                ["patientInformedOfComplaintRight"] = false,
            })).Dispose();
            var after = await (await client.GetAsync($"/api/v1/patients/{patientId}/flags")).ReadAsync<List<FlagView>>();

            Assert.Multiple(() =>
            {
                Assert.That(before.Select(f => f.RuleId), Does.Not.Contain(RuleIds.ComplaintInfoMissing));
                Assert.That(after.Select(f => f.RuleId), Does.Contain(RuleIds.ComplaintInfoMissing));
            });
        }
    }

    [Test]
    public async Task The_crisis_plan_is_not_found_until_recorded_and_then_read_with_its_history()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        using var none = await client.GetAsync($"/api/v1/patients/{patient.Id}/crisis-plan");
        var record = await CreateAsync("crisis-plan", client, patient.Id);
        (await client.PostJsonAsync(record.Url, record.Amendment)).Dispose();

        using var read = await client.GetAsync($"/api/v1/patients/{patient.Id}/crisis-plan");
        using var json = JsonDocument.Parse(await read.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(json.RootElement.GetProperty("current").GetProperty("leastIntrusiveMeasure").GetString(), Is.EqualTo("Skjerming framfor belter"));
            Assert.That(json.RootElement.GetProperty("history").GetArrayLength(), Is.EqualTo(2));
        });
    }
}
