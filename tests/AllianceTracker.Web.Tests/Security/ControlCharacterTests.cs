using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Goals;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Localization;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Security;

/// <summary>
/// A NUL or another control character in any text of a request is refused, naming the field, before it reaches the
/// database: PostgreSQL cannot store it (the API answered 500), SQLite stored it silently.
/// </summary>
public partial class ControlCharacterTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";
    private const string Refused = "Must not contain control characters";

    [TestCase("displayAlias", "Heron\u0000")]
    [TestCase("hospitalRecordReference", "A\u0000B")]
    [TestCase("displayAlias", "Heron\u001B[2J")]
    public async Task A_patient_registered_with_a_control_character_is_refused_naming_the_field(string field, string value)
    {
        using var client = await App.SignInAsync(Therapist);
        await using var db = App.NewDbContext();
        var patientsBefore = await db.Patients.CountAsync();
        var body = new Dictionary<string, object?>
        {
            ["wardId"] = await db.FirstWardIdAsync(), ["displayAlias"] = "Heron", ["preferredLanguage"] = "en", [field] = value,
        };

        using var response = await client.PostJsonAsync("/api/v1/patients", body);

        var errors = await response.FieldErrorsAsync(field);
        var patientsAfter = await db.Patients.CountAsync();

        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Some.StartsWith(Refused));
            Assert.That(patientsAfter, Is.EqualTo(patientsBefore), "nothing stored");
        });
    }

    [Test]
    public async Task A_goal_with_a_NUL_in_the_patients_words_is_refused_and_tabs_and_line_breaks_are_kept()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client);
        static object Goal(string words) => new
        {
            patientWords = words, therapistFormulation = "Restore sleep", proposedBy = "patient", agreement = "notYetDiscussed", status = "active",
        };

        using var refused = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", Goal("Sove\u0000 hele natta"));
        using var kept = await client.PostJsonAsync($"/api/v1/patients/{patient.Id}/goals", Goal("Sove\r\nhele\tnatta"));
        var errors = await refused.FieldErrorsAsync("patientWords");
        var stored = await kept.ReadAsync<GoalView>();
        await using var db = App.NewDbContext();
        var goals = await db.Goals.CountAsync(g => g.PatientId == patient.Id);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Some.StartsWith(Refused));
            Assert.That(stored.Current.PatientWords, Is.EqualTo("Sove\r\nhele\tnatta"));
            Assert.That(goals, Is.EqualTo(1), "only the goal without a NUL");
        });
    }

    [TestCase("/api/v1/flags?status=open%00", "status")]
    [TestCase("/api/v1/jurisdictions/N%07O/rules", "code")]
    [TestCase("/api/v1/wards/00000000-0000-0000-0000-000000000001/dashboard?from=2026-01-01%07", "from")]
    public async Task A_control_character_in_a_query_or_route_value_is_refused_naming_it(string url, string field)
    {
        using var client = await App.SignInAsync("manager@demo.example");

        using var response = await client.GetAsync(url);

        Assert.That(await response.FieldErrorsAsync(field), Has.Some.StartsWith(Refused));
    }

    [Test]
    public async Task A_registration_form_with_a_NUL_shows_the_field_error_in_Bokmal_and_stores_nothing()
    {
        using var client = await App.SignInAsync(Therapist);
        using var switched = await client.SwitchLanguageAsync("nb", "/Patients");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nb"));
        await using var db = App.NewDbContext();
        var patientsBefore = await db.Patients.CountAsync();

        using var response = await client.PostPageFormAsync("/Patients/Register", new()
        {
            ["WardId"] = (await db.FirstWardIdAsync()).ToString(), ["DisplayAlias"] = "Heron", ["PreferredLanguage"] = "nb",
            ["HospitalRecordReference"] = "A\u0000B",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var patientsAfter = await db.Patients.CountAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("Kan ikke inneholde kontrolltegn"));
            Assert.That(InvalidInputs().Matches(page).Select(m => m.Groups["name"].Value), Is.EqualTo(new[] { "HospitalRecordReference" }));
            Assert.That(patientsAfter, Is.EqualTo(patientsBefore), "not registered without the refused reference");
        });
    }

    [GeneratedRegex("<input[^>]*class=\"input-validation-error\"[^>]*name=\"(?<name>\\w+)\"")]
    private static partial Regex InvalidInputs();
}
