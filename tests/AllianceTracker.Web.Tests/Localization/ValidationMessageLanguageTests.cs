using System.Net;
using System.Net.Http.Headers;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Administration.Staff;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>
/// A form refused under a Bokmål UI says what is wrong in Bokmål; the API refuses the same request in English, whatever
/// language the caller asks for.
/// </summary>
public class ValidationMessageLanguageTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    private async Task<HttpClient> InBokmalAsync()
    {
        var client = await App.SignInAsync(Therapist);
        using var switched = await client.SwitchLanguageAsync("nb", "/Patients");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nb"));
        return client;
    }

    private static async Task<string> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        using var response = await client.PostPageFormAsync(page, fields);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_refused_registration_form_says_what_is_wrong_in_Bokmal_and_the_API_in_English()
    {
        using var client = await InBokmalAsync();
        await using var db = App.NewDbContext();
        var wardId = await db.FirstWardIdAsync();

        var page = await PostFormAsync(client, "/Patients/Register", new()
        {
            ["WardId"] = wardId.ToString(), ["DisplayAlias"] = "", ["PreferredLanguage"] = "de",
        });
        using var api = await client.PostJsonAsync("/api/v1/patients", new { wardId, displayAlias = "", preferredLanguage = "de" });
        var problem = await api.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<html lang=\"nb\">"));
            Assert.That(page, Does.Contain("Gi pasienten et visningsalias.").And.Contain("Bruk en av: nb, nn, en."));
            Assert.That(page, Does.Not.Contain("Give the patient a display alias.").And.Not.Contain("Use one of:"));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem, Does.Contain("Give the patient a display alias.").And.Contain("Use one of: nb, nn, en."));
            Assert.That(problem, Does.Not.Contain("visningsalias"));
        });
    }

    [Test]
    public async Task A_handler_refusing_a_page_form_is_read_in_Bokmal()
    {
        using var client = await InBokmalAsync();
        var patient = await App.RegisterPatientAsync(client);

        var page = await PostFormAsync(client, $"/Patients/{patient.Id}/Stay?handler=LegalStatus", new()
        {
            ["NewStatus"] = "Voluntary",
            ["StatusFrom"] = DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.That(page, Does.Contain("Pasienten har ikke noe åpent opphold; legg inn pasienten først."));
    }

    [Test]
    public async Task A_session_logged_without_the_therapists_answers_names_each_question_in_Bokmal()
    {
        using var client = await InBokmalAsync();
        var patient = await App.RegisterPatientAsync(client);

        var page = await PostFormAsync(client, $"/Patients/{patient.Id}/LogSession", new()
        {
            ["Kind"] = "IndividualConversation",
            ["StartsAt"] = DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["DurationMinutes"] = "45",
        });

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("Svar på spørsmålet «"), "each unanswered question named, in Bokmål");
            Assert.That(page, Does.Not.Contain("is not answered").And.Not.Contain("Answer the question"));
            Assert.That(page, Does.Not.Contain("er ikke gyldig"), "the form's other fields are not read as answers");
        });
    }

    [Test]
    public async Task A_common_password_on_the_set_password_page_is_refused_in_Bokmal()
    {
        using var admin = await App.SignInAsync("admin@demo.example");
        await using var db = App.NewDbContext();
        using var invited = await admin.PostJsonAsync("/api/v1/staff", new
        {
            displayName = "Ny Kollega", email = $"invited-{Guid.NewGuid():N}@test.example",
            roles = new[] { StaffRole.Therapist }, wardIds = new[] { await db.FirstWardIdAsync() },
        });
        var invitation = await invited.ReadAsync<InvitationView>();
        using var client = await InBokmalAsync();

        var page = await PostFormAsync(client, invitation.SetPasswordUrl, new() { ["Password"] = "password1234" });

        Assert.That(page, Does.Contain("Dette passordet står på en liste over mye brukte passord."));
    }

    [Test]
    public async Task A_date_the_page_cannot_read_is_reported_in_Bokmal()
    {
        using var client = await InBokmalAsync();
        var patient = await App.RegisterPatientAsync(client);

        var page = await PostFormAsync(client, $"/Patients/{patient.Id}/LogSession", new()
        {
            ["Kind"] = "IndividualConversation", ["StartsAt"] = "i morgen tidlig", ["DurationMinutes"] = "45",
        });

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("Verdien «i morgen tidlig» er ikke gyldig"));
            Assert.That(page, Does.Not.Contain("is not valid"));
        });
    }
}
