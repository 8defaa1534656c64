using System.Text.Json;
using AllianceTracker.Data.Providers;
using AllianceTracker.Data.Seed;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Records;

/// <summary>
/// The validator rules of patients, stays, sessions, goals, decisions and autonomy that the area's own tests do not reach:
/// each is broken once on an otherwise valid request, and the problem must name the field and say what is wrong.
/// </summary>
public class ValidationRuleTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    private static IEnumerable<TestCaseData> Rules() =>
    [
        new("patient", "wardId", "empty-guid", "Choose the ward."),
        new("patient", "displayAlias", "long:101", "100 characters"),
        new("patient", "hospitalRecordReference", "long:101", "100 characters"),
        new("admission", "admittedAt", "future", "before it has happened"),
        new("admission", "admittedAt", "1999", "too far back"),
        new("admission", "legalStatus", 99, "Use voluntary"),
        new("admission", "legalSection", "long:21", "20 characters"),
        new("legal-status", "status", 99, "Use voluntary"),
        new("legal-status", "from", "future", "before it has happened"),
        new("legal-status", "note", "long:2001", "2000"),
        new("capacity", "scope", "long:501", "500"),
        new("capacity", "note", "long:4001", "4000"),
        new("discharge", "dischargedAt", "future", "before it has happened"),
        new("session", "kind", 99, "Choose the kind"),
        new("goal", "therapistFormulation", "long:4001", "4000"),
        new("goal", "proposedBy", 99, "Say who proposed"),
        new("goal", "agreement", 99, "Use notYetDiscussed"),
        new("goal", "status", 99, "Use active"),
        new("decision", "topic", 99, "Use medication"),
        new("decision", "decidedBy", 99, "Say who decided"),
        new("decision", "patientPosition", 99, "Use agrees"),
        new("decision", "stage", 99, "Use coercionAsPower"),
        new("decision", "optionsDiscussed", "long:4001", "4000"),
        new("decision", "patientPreference", "long:4001", "4000"),
        new("decision", "clinicianRecommendation", "long:4001", "4000"),
        new("decision", "rationale", "long:4001", "4000"),
        new("autonomy-decision", "ruleId", "empty-guid", "Choose the legal rule"),
        new("autonomy-decision", "decidedAt", "after-start", "cannot come after the measure started"),
        new("autonomy-decision", "milderMeansTried", "long:4001", "4000"),
        new("autonomy-decision", "patientView", "long:4001", "4000"),
        new("autonomy-decision", "patientViewNotRecordedReason", "long:2001", "2000"),
        new("autonomy-decision", "rationale", "long:4001", "4000"),
        new("follow-up", "offeredAt", "future", "before it is made"),
        new("follow-up", "note", "long:2001", "2000"),
        new("retained-autonomy", "description", "long:2001", "2000"),
        new("retained-autonomy", "domain", 99, "Choose the domain"),
        new("crisis-plan", "leastIntrusiveMeasure", "long:4001", "4000"),
    ];

    [TestCaseSource(nameof(Rules))]
    public async Task A_broken_rule_is_named_in_the_problem(string request, string field, object value, string expected)
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        var (url, body) = await ValidRequestAsync(request, client, patient.Id);
        body[field] = value switch
        {
            "empty-guid" => Guid.Empty,
            "future" => DateTimeOffset.UtcNow.AddDays(3),
            "1999" => new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero),
            "after-start" => DateTimeOffset.UtcNow.AddHours(-1),
            string text when text.StartsWith("long:", StringComparison.Ordinal) => new string('x', int.Parse(text[5..])),
            _ => value,
        };

        using var response = await client.PostJsonAsync(url, body);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.Contains(expected));
    }

    /// <summary>Where to post the request and a valid body, creating what it needs (a stay, a decision) first.</summary>
    private async Task<(string Url, Dictionary<string, object?> Body)> ValidRequestAsync(string request, HttpClient client, Guid patientId)
    {
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1);
        switch (request)
        {
            case "patient":
                await using (var db = App.NewDbContext())
                {
                    var wardId = await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();
                    return ("/api/v1/patients", new() { ["wardId"] = wardId, ["displayAlias"] = "Lirype", ["preferredLanguage"] = "nb" });
                }

            case "admission":
                return ($"/api/v1/patients/{patientId}/episodes", new() { ["admittedAt"] = hourAgo, ["legalStatus"] = "voluntary" });
            case "legal-status":
                return ($"/api/v1/episodes/{await IdOfAsync(client, $"/api/v1/patients/{patientId}/episodes", Admission())}/legal-status",
                    new() { ["status"] = "voluntary", ["from"] = hourAgo });
            case "capacity":
                return ($"/api/v1/episodes/{await IdOfAsync(client, $"/api/v1/patients/{patientId}/episodes", Admission())}/capacity-assessments",
                    new() { ["assessedAt"] = hourAgo, ["result"] = "hasCapacity" });
            case "discharge":
                return ($"/api/v1/episodes/{await IdOfAsync(client, $"/api/v1/patients/{patientId}/episodes", Admission())}/discharge",
                    new() { ["dischargedAt"] = hourAgo });
            case "session":
                return ($"/api/v1/patients/{patientId}/sessions", new() { ["kind"] = "milieu", ["startsAt"] = hourAgo, ["durationMinutes"] = 20 });
            case "goal":
                return ($"/api/v1/patients/{patientId}/goals", new()
                {
                    ["patientWords"] = "Sove", ["proposedBy"] = "patient", ["agreement"] = "agreed", ["status"] = "active",
                });
            case "decision":
                return ($"/api/v1/patients/{patientId}/decisions", new()
                {
                    ["topic"] = "leave", ["decidedAt"] = hourAgo, ["decidedBy"] = "jointly", ["patientPosition"] = "agrees", ["stage"] = "coercionAsCare",
                });
            case "autonomy-decision":
                return ($"/api/v1/patients/{patientId}/autonomy-decisions", Restraint());
            case "follow-up":
                return ($"/api/v1/autonomy-decisions/{await IdOfAsync(client, $"/api/v1/patients/{patientId}/autonomy-decisions", Restraint())}/follow-up",
                    new() { ["offeredAt"] = hourAgo });
            case "retained-autonomy":
                return ($"/api/v1/patients/{patientId}/retained-autonomy", new() { ["domain"] = "food", ["from"] = hourAgo });
            case "crisis-plan":
                return ($"/api/v1/patients/{patientId}/crisis-plan", new() { ["expectedVersion"] = 0, ["whatHelpsToCalmDown"] = "Musikk" });
            default:
                throw new ArgumentOutOfRangeException(nameof(request));
        }
    }

    private static object Admission() => new { admittedAt = DateTimeOffset.UtcNow.AddDays(-2), legalStatus = "voluntary" };

    private static Dictionary<string, object?> Restraint() => new()
    {
        ["ruleId"] = NorwegianMentalHealthCareAct.CoerciveMeans,
        ["meansCode"] = "a",
        ["startsAt"] = DateTimeOffset.UtcNow.AddHours(-6),
        ["milderMeansTried"] = "Samtale",
        ["patientInformedOfComplaintRight"] = true,
    };

    private static async Task<Guid> IdOfAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostJsonAsync(url, body);
        return (await response.ReadAsync<Dictionary<string, JsonElement>>())["id"].GetGuid();
    }
}
