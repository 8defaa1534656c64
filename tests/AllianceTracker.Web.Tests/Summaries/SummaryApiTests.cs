using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Summaries;
using AllianceTracker.Web.Tests.Infrastructure;
using Bundle = Hl7.Fhir.Model.Bundle;
using ModelInfo = Hl7.Fhir.Model.ModelInfo;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static AllianceTracker.Web.Tests.Summaries.SummaryTestData;

namespace AllianceTracker.Web.Tests.Summaries;

public class SummaryApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_summary_reads_each_stored_instrument_item_and_text_once_rather_than_every_pairing_of_them()
    {
        await using var db = App.NewDbContext();
        var stored = await StoredInstrumentRows.ItemsAndTextsAsync(db);
        var patientId = await App.CoercedPatientOfAsync(Therapist);
        var patient = await db.Patients.SingleAsync(p => p.Id == patientId);
        var rowsRead = new RowsRead(sql => sql.Contains("\"InstrumentItems\"") || sql.Contains("\"InstrumentTexts\""));
        await using var watched = App.Database.NewDbContext(rowsRead);

        var summary = await new SummaryDataLoader(watched, TimeProvider.System)
            .LoadAsync(patient, new SummaryQuery(null, SummaryAudience.Clinical, null), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Instruments, Is.Not.Empty);
            Assert.That(rowsRead.Count, Is.InRange(1, stored));
        });
    }

    private static readonly string[] SharedSections = ["goals", "decisions", "disagreements", "autonomy", "retained", "alliance", "ownwords"];
    private static readonly string[] ClinicalSections = ["sessions", "ratings", "gaps", "acquiescence", "flags", "ruptures", "instruments"];

    [Test]
    public async Task The_patient_version_in_json_has_the_shared_sections_in_the_patients_language()
    {
        var patientId = await App.CoercedPatientOfAsync(Therapist);
        await using var db = App.NewDbContext();
        var language = await db.Patients.Where(p => p.Id == patientId).Select(p => p.PreferredLanguage).SingleAsync();
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.GetAsync($"/api/v1/patients/{patientId}/summary");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(json.RootElement.GetProperty("language").GetString(), Is.EqualTo(language));
            Assert.That(json.RootElement.GetProperty("audience").GetString(), Is.EqualTo("patient"));
            Assert.That(SectionKeys(json), Is.EqualTo(SharedSections));
            Assert.That(response.Headers.GetValues("X-Content-SHA256").Single(), Has.Length.EqualTo(64));
        });
    }

    [Test]
    public async Task The_clinical_version_in_json_adds_the_clinical_tables_and_a_chart_of_both_raters()
    {
        var patientId = await App.CoercedPatientOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/patients/{patientId}/summary?audience=clinical&lang=en"));
        var alliance = json.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "alliance");
        var chart = alliance.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "chart");
        var autonomy = json.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "autonomy");

        Assert.Multiple(() =>
        {
            Assert.That(SectionKeys(json), Is.EqualTo(SharedSections.Concat(ClinicalSections)));
            Assert.That(chart.GetProperty("patient").GetArrayLength(), Is.EqualTo(chart.GetProperty("therapist").GetArrayLength()).And.GreaterThan(0));
            Assert.That(Strings(autonomy), Does.Match("§4-[38]").And.Contain("the Control Commission"));
        });
    }

    [Test]
    public async Task A_pdf_reads_back_with_its_sections_legal_basis_complaint_body_page_numbers_and_stamp()
    {
        var patientId = await App.CoercedPatientOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.GetAsync($"/api/v1/patients/{patientId}/summary?audience=clinical&lang=en&format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var documentId = Guid.Parse(response.Headers.GetValues("X-Document-Id").Single());
        await using var db = App.NewDbContext();
        var stored = await db.SummaryDocuments.SingleAsync(d => d.Id == documentId);
        var text = PdfText(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(text, Does.Contain("Goals").And.Contain("Autonomy-limiting decisions").And.Contain("Treatment decisions")
                .And.Contain("Sessions").And.Contain("Instrument versions"));
            Assert.That(text, Does.Contain("page 1 of"));
            Assert.That(text, Does.Match("§4-[38]"));
            Assert.That(text, Does.Contain("the Control Commission"));
            Assert.That(text, Does.Contain($"Document {documentId}").And.Contain(stored.ContentSha256![..12]));
            Assert.That(stored.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
            Assert.That(stored.ContentSha256, Is.EqualTo(response.Headers.GetValues("X-Content-SHA256").Single()));
            Assert.That(stored.PatientId, Is.EqualTo(patientId));
            Assert.That(stored.Audience, Is.EqualTo(SummaryAudience.Clinical));
        });
    }

    [Test]
    public async Task Generating_again_makes_version_2_and_each_stored_document_is_served_byte_for_byte()
    {
        var patientId = await App.CoercedPatientOfAsync(Therapist);
        var generatedBy = await App.UserIdAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);
        var url = $"/api/v1/patients/{patientId}/summary?from=2025-01-01&to={DateTime.UtcNow:yyyy-MM-dd}";

        var first = await PdfAsync(client, url);
        var second = await PdfAsync(client, url);
        using var stored = await client.GetAsync($"/api/v1/summaries/{second.Id}");
        await using var db = App.NewDbContext();
        var versions = await db.SummaryDocuments.Where(d => d.Id == first.Id || d.Id == second.Id)
            .OrderBy(d => d.Version).Select(d => new { d.Version, d.GeneratedBy }).ToListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(versions.Select(v => v.Version), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(versions.Select(v => v.GeneratedBy), Has.All.EqualTo(generatedBy));
            Assert.That(stored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await stored.Content.ReadAsByteArrayAsync(), Is.EqualTo(second.Bytes));
            Assert.That(second.Bytes, Is.Not.EqualTo(first.Bytes), "the footer names another document");
        });
    }

    [Test]
    public async Task Outside_the_care_team_summary_pdf_document_and_fhir_are_not_found_and_audited()
    {
        var foreign = await App.PatientOutsideTeamOfAsync(Therapist);
        var documentId = await DocumentMadeByCareTeamOfAsync(foreign);
        var userId = await App.UserIdAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[]
                 {
                     $"/api/v1/patients/{foreign}/summary",
                     $"/api/v1/patients/{foreign}/summary?format=pdf",
                     $"/api/v1/summaries/{documentId}",
                     $"/api/v1/patients/{foreign}/fhir",
                 })
        {
            using var response = await client.GetAsync(url);
            statuses.Add(response.StatusCode);
        }

        await using var db = App.NewDbContext();
        var audited = await db.AuditEvents.Where(a => a.UserId == userId && a.PatientId == foreign && a.Outcome == AuditOutcome.NotFound)
            .Select(a => a.Resource).ToListAsync();
        var documents = await db.SummaryDocuments.CountAsync(d => d.PatientId == foreign);

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Has.All.EqualTo(HttpStatusCode.NotFound));
            Assert.That(audited, Is.SupersetOf(new[] { "Summary", "SummaryDocument", "FhirExport" }));
            Assert.That(audited.Count(r => r == "Summary"), Is.GreaterThanOrEqualTo(2));
            Assert.That(documents, Is.EqualTo(1), "a refused PDF is not stored");
        });
    }

    [TestCase("from=2026-13-01&to=2026-12-31", "from")]
    [TestCase("from=2026-02-01&to=2026-01-31", "to")]
    [TestCase("from=2026-02-01", "to")]
    [TestCase("audience=family", "audience")]
    [TestCase("lang=de", "lang")]
    [TestCase("format=docx", "format")]
    public async Task An_invalid_query_is_a_400_problem_that_names_the_field(string query, string field)
    {
        var patientId = await App.AnyPatientOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.GetAsync($"/api/v1/patients/{patientId}/summary?{query}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.RootElement.ToString());
        });
    }

    [Test]
    public async Task Html_and_pdf_are_chosen_by_the_accept_header()
    {
        var patientId = await App.AnyPatientOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var html = await GetAcceptingAsync(client, $"/api/v1/patients/{patientId}/summary", "text/html");
        using var pdf = await GetAcceptingAsync(client, $"/api/v1/patients/{patientId}/summary", "application/pdf");

        Assert.Multiple(async () =>
        {
            Assert.That(html.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(await html.Content.ReadAsStringAsync(), Does.Contain("<table").And.Contain("scope=\"col\"").And.Contain("<svg"));
            Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(pdf.Headers.Contains("X-Document-Id"), Is.True);
        });
    }

    [Test]
    public async Task The_fhir_bundle_parses_back_with_the_sdk_and_passes_its_validation()
    {
        var patientId = await App.CoercedPatientOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.GetAsync($"/api/v1/patients/{patientId}/fhir");
        var bundle = FhirJsonDeserializer.STRICT.Deserialize<Bundle>(await response.Content.ReadAsStringAsync());
        var types = bundle.Entry.Select(e => e.Resource!.TypeName).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/fhir+json"));
            Assert.That(bundle.Validate(ModelInfo.ModelInspector, validateRecursively: true).Select(e => e.Message), Is.Empty);
            Assert.That(types, Does.Contain("Patient").And.Contain("Questionnaire").And.Contain("QuestionnaireResponse")
                .And.Contain("Observation").And.Contain("Procedure").And.Contain("Provenance"));
        });
    }

    [Test]
    public async Task A_patients_hostile_free_text_shows_literally_on_the_html_summary_and_in_the_pdf()
    {
        const string hostile = "<script>alert(1)</script> '; DROP TABLE x; -- æøå";
        var patientId = await App.AnyPatientOfAsync(Therapist);
        await App.AddPatientWordsAsync(patientId, Therapist, hostile);
        using var client = await App.SignInAsync(Therapist);

        var page = await client.GetStringAsync($"/Patients/{patientId}/Summary");
        var api = await client.GetStringAsync($"/api/v1/patients/{patientId}/summary?format=html");
        var pdf = PdfText(await client.GetByteArrayAsync($"/api/v1/patients/{patientId}/summary?format=pdf&lang=en"));

        Assert.Multiple(() =>
        {
            foreach (var html in new[] { page, api })
            {
                Assert.That(html, Does.Not.Contain("<script>alert(1)"));
                Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            }

            Assert.That(pdf, Does.Contain("<script>alert(1)</script>").And.Contain("æøå"));
        });
    }

    /// <summary>Every string value in the element, unescaped, one per line.</summary>
    private static string Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join('\n', element.EnumerateObject().Select(p => Strings(p.Value))),
        JsonValueKind.Array => string.Join('\n', element.EnumerateArray().Select(Strings)),
        _ => "",
    };

    private static IEnumerable<string> SectionKeys(JsonDocument json) =>
        json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()!);

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    private static async Task<(Guid Id, byte[] Bytes)> PdfAsync(HttpClient client, string url)
    {
        using var response = await GetAcceptingAsync(client, url, "application/pdf");
        response.EnsureSuccessStatusCode();
        return (Guid.Parse(response.Headers.GetValues("X-Document-Id").Single()), await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpResponseMessage> GetAcceptingAsync(HttpClient client, string url, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        return await client.SendAsync(request);
    }

    /// <summary>A PDF of the patient made by someone on their care team.</summary>
    private async Task<Guid> DocumentMadeByCareTeamOfAsync(Guid patientId)
    {
        await using var db = App.NewDbContext();
        var member = await db.CareTeamMemberships.Where(m => m.PatientId == patientId).OrderBy(m => m.StaffUserId).Select(m => m.StaffUserId).FirstAsync();
        var email = await db.Users.Where(u => u.Id == member).Select(u => u.Email!).SingleAsync();
        using var client = await App.SignInAsync(email);
        return (await PdfAsync(client, $"/api/v1/patients/{patientId}/summary")).Id;
    }
}
