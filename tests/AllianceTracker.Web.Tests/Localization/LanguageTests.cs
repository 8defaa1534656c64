using System.Net;
using System.Net.Http.Headers;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Dashboard;
using AllianceTracker.Web.Features.Patients;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>The staff pages in Bokmål and English, on an application whose default language is Bokmål, as in production.</summary>
public class LanguageTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Localization:DefaultCulture"] = "nb",
    };

    [Test]
    public async Task Without_a_choice_or_a_browser_language_the_pages_are_in_the_default_Bokmal()
    {
        using var client = await App.SignInAsync(Therapist);
        var page = await client.GetStringAsync("/Patients");

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<html lang=\"nb\">"));
            Assert.That(page, Does.Contain("<h1>Mine pasienter</h1>"));
            Assert.That(page, Does.Contain("Pasienter i behandlingsteamene dine"));
            Assert.That(page, Does.Not.Contain("My patients"));
        });
    }

    [Test]
    public async Task A_browser_asking_for_English_gets_the_English_page()
    {
        using var client = await App.SignInAsync(Therapist);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Patients");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));
        using var response = await client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<html lang=\"en\">"));
            Assert.That(page, Does.Contain("<h1>My patients</h1>"));
        });
    }

    [Test]
    public async Task The_language_switch_remembers_the_choice_over_the_browser_language_and_returns_to_the_page()
    {
        using var client = await App.SignInAsync(Therapist);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nb"));

        using var toEnglish = await client.SwitchLanguageAsync("en", "/Patients?sort=alias");
        var english = await client.GetStringAsync("/Patients");
        using var toBokmal = await client.SwitchLanguageAsync("nb", "/Patients");
        var bokmal = await client.GetStringAsync("/Patients");

        Assert.Multiple(() =>
        {
            Assert.That(toEnglish.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(toEnglish.Headers.Location?.OriginalString, Is.EqualTo("/Patients?sort=alias"));
            Assert.That(toEnglish.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-AllianceTracker.Culture=", StringComparison.Ordinal)),
                Does.Contain("secure").And.Contain("httponly"));
            Assert.That(english, Does.Contain("<html lang=\"en\">").And.Contain("<h1>My patients</h1>"));
            Assert.That(bokmal, Does.Contain("<html lang=\"nb\">").And.Contain("<h1>Mine pasienter</h1>"));
        });
    }

    [Test]
    public async Task A_signed_in_staff_members_choice_is_kept_on_their_account_for_the_mail_sent_to_them()
    {
        using var client = await App.SignInAsync(Therapist);

        using var toEnglish = await client.SwitchLanguageAsync("en", "/Patients");
        var english = await StoredLanguageAsync();
        using var toBokmal = await client.SwitchLanguageAsync("nb", "/Patients");
        var bokmal = await StoredLanguageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(english, Is.EqualTo("en"));
            Assert.That(bokmal, Is.EqualTo("nb"));
        });
    }

    [TestCase("https://elsewhere.example/")]
    [TestCase("//elsewhere.example/")]
    [TestCase("/\\elsewhere.example/")]
    [TestCase("")]
    public async Task The_language_switch_returns_only_to_a_page_of_this_site(string returnUrl)
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.SwitchLanguageAsync("en", returnUrl);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"));
        });
    }

    [Test]
    public async Task The_language_switch_refuses_a_post_without_the_antiforgery_token()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/",
        }));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.Contains("Culture")), Is.False);
        });
    }

    [Test]
    public async Task The_language_switch_refuses_a_language_the_pages_are_not_written_in()
    {
        using var client = App.CreateHttpsClient();
        using var response = await client.SwitchLanguageAsync("de", "/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_sign_in_page_offers_the_language_switch_with_a_label()
    {
        using var client = App.CreateHttpsClient();
        var page = await client.GetStringAsync("/Account/SignIn");

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<label for=\"culture\">Språk</label>"));
            Assert.That(page, Does.Contain("<option value=\"en\" lang=\"en\">English</option>"));
            Assert.That(page, Does.Contain("<button type=\"submit\">Bytt språk</button>"));
        });
    }

    [Test]
    public async Task Every_page_of_a_therapist_and_a_manager_renders_in_Bokmal()
    {
        using var therapist = await App.SignInAsync(Therapist);
        using var manager = await App.SignInAsync("manager@demo.example");
        var patient = (await (await therapist.GetAsync("/api/v1/patients")).ReadAsync<List<PatientSummary>>())[0].Id;
        var session = await therapist.LogSessionAsync(patient);
        var pages = new (HttpClient Client, string Url, string Text)[]
        {
            (therapist, $"/Patients/{patient}", "Alliansen slik hver av partene vurderte den"),
            (therapist, $"/Patients/{patient}/LogSession", "Lagre samtalen"),
            (therapist, $"/Patients/{patient}/Goal", "Lagre målet"),
            (therapist, $"/Patients/{patient}/Decision", "Lagre beslutningen"),
            (therapist, $"/Patients/{patient}/AutonomyDecision", "Pasientens egne ønsker i kriseplanen"),
            (therapist, $"/Patients/{patient}/Summary", "Tilbake til pasienten"),
            (therapist, $"/Sessions/{session.Id}", "De to vurderingene side om side"),
            (manager, "/Dashboard", "Oversikt for posten"),
            (manager, "/Dashboard/Definitions", "Tilbake til oversikten"),
        };

        foreach (var (client, url, text) in pages)
        {
            using var response = await client.GetAsync(url);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
                Assert.That(page, Does.Contain("<html lang=\"nb\">").And.Contain(text), url);
            });
        }
    }

    [Test]
    public async Task The_record_access_flag_and_amendment_pages_render_in_Bokmal_for_each_demo_role()
    {
        using var therapist = await App.SignInAsync(Therapist);
        using var outsider = await App.SignInAsync(AccessControl.MatrixRecords.OutsideTeam);
        using var manager = await App.SignInAsync("manager@demo.example");
        using var admin = await App.SignInAsync("admin@demo.example");
        var records = await AccessControl.MatrixRecords.FindAsync(App, therapist);
        var pages = new (HttpClient Client, string Url, string Bokmal, string English)[]
        {
            (therapist, $"/Goals/{records.GoalId}/Amend", "Endre et mål for", "Amend a goal of"),
            (therapist, $"/Decisions/{records.DecisionId}/Amend", "Endre en behandlingsbeslutning for", "Amend a treatment decision for"),
            (therapist, $"/Sessions/{records.SessionId}/Amend", "Endre en samtale med", "Amend a session with"),
            (therapist, $"/Patients/{records.PatientId}/RetainedAutonomy", "Områder der pasienten bestemmer selv", "Domains where the patient decides"),
            (therapist, $"/RetainedAutonomy/{records.RetainedAutonomyId}/Amend", "Tilbake til bevart selvbestemmelse", "Back to retained autonomy"),
            (therapist, $"/Patients/{records.PatientId}/CrisisPlan", "Hvilket tiltak pasienten opplever som minst inngripende", "Which measure they find least intrusive"),
            (therapist, $"/Patients/{records.PatientId}/Stay", "Rettslig status gjennom oppholdet", "Legal status over the stay"),
            (therapist, $"/Patients/{records.PatientId}/AccessLog", "nyeste først", "newest first"),
            (therapist, "/Patients/Register", "Registrer en pasient", "Register a patient"),
            (therapist, "/Flags/Inbox", "Funn om pasientene dine", "Findings about your patients"),
            (therapist, "/Dashboard/Mine", "Mine tall ved siden av postens", "My figures beside the ward"),
            (therapist, "/NeedToKnow", "Pasienter på postene du jobber på", "Patients of the wards you work on"),
            (outsider, $"/NeedToKnow/{records.PatientId}", "Tilgang ved tjenstlig behov til", "Need-to-know access to"),
            (manager, "/NeedToKnow/Review", "Gjennomgang av tilganger", "Access review"),
            (admin, $"/Flags/RuleSet?wardId={records.WardId}", "Mulig fall (SD under pasientens egen basislinje)", "Possible drop"),
        };

        foreach (var (client, url, bokmal, english) in pages)
        {
            using var response = await client.GetAsync(url);
            var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
                Assert.That(page, Does.Contain("<html lang=\"nb\">").And.Contain(bokmal).And.Not.Contain(english), url);
            });
        }
    }

    [Test]
    public async Task Enum_values_on_the_pages_get_their_names_in_the_user_language()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = (await App.RegisterPatientAsync(client)).Id;
        var bokmal = await client.GetStringAsync($"/Patients/{patient}/Decision");
        await client.SwitchLanguageAsync("en", "/");
        var english = await client.GetStringAsync($"/Patients/{patient}/Decision");

        Assert.Multiple(() =>
        {
            Assert.That(bokmal, Does.Contain("Godtar, men er ikke enig").And.Contain("Behandleren, mot pasientens vilje"));
            Assert.That(english, Does.Contain("Accepts but does not agree").And.Contain("The clinician, over the patient&#x27;s objection"));
            Assert.That(bokmal, Does.Contain("value=\"AcceptsButDoesNotAgree\""), "the posted value stays the enum's name");
        });
    }

    [Test]
    public async Task The_API_answers_the_same_bytes_whichever_language_the_client_asks_for()
    {
        using var client = await App.SignInAsync("manager@demo.example");
        // brought up to date first, so the two answers read the same figures
        await App.Services.GetRequiredService<AggregateRefresh>().RefreshAsync(CancellationToken.None);
        var ward = (await (await client.GetAsync("/api/v1/wards")).ReadAsync<List<WardView>>())[0].Id;
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-120).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var url in new[] { $"/api/v1/wards/{ward}/dashboard?from={from}", $"/api/v1/wards/{ward}/dashboard.csv?from={from}", $"/api/v1/wards/{ward}/dashboard?from=yesterday" })
        {
            var bokmal = await client.GetWithLanguageAsync(url, "nb");
            var english = await client.GetWithLanguageAsync(url, "en");
            Assert.That(bokmal, Is.EqualTo(english), url);
        }
    }

    private async Task<string?> StoredLanguageAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.Email == Therapist).Select(u => u.UiLanguage).SingleAsync();
    }
}
