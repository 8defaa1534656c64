using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Instruments;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Tablet;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Instruments;

/// <summary>
/// An administrator imports a licensed instrument pack through the API. The pack is synthetic: invented wording in
/// synthetic-licensed-pack.json that stands in for a licensed instrument. Each test gives it a code of its own.
/// </summary>
public class InstrumentImportTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task Importing_the_shipped_pack_again_reads_each_stored_item_and_text_once_rather_than_every_pairing_of_them()
    {
        await using var db = App.NewDbContext();
        var stored = await StoredInstrumentRows.AllAsync(db);
        var rowsRead = new RowsRead();
        await using var watched = App.Database.NewDbContext(rowsRead);

        var plan = await new InstrumentImporter(watched, TimeProvider.System)
            .ImportAsync(BuiltInInstruments.BordinAllianceCheck.Load(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Outcome, Is.EqualTo(PackImportOutcome.AlreadyPresent));
            Assert.That(rowsRead.Count, Is.InRange(1, stored));
        });
    }

    private const string Admin = "admin@demo.example";
    private const string Therapist = "therapist1@demo.example";

    [Test]
    public async Task An_imported_pack_is_listed_and_a_therapist_rates_with_it_and_the_import_is_audited()
    {
        using var admin = await App.SignInAsync(Admin);
        using var therapist = await App.SignInAsync(Therapist);
        var pack = SyntheticPack.WithCode("synthetic-listed");

        using var response = await PostPackAsync(admin, pack.ToJsonString());
        var imported = await response.ReadAsync<PackImportView>();
        var listed = await (await therapist.GetAsync("/api/v1/instruments")).ReadAsync<List<InstrumentVersionView>>();
        var therapistForm = imported.Forms.Single(f => f.Rater == Rater.Therapist).InstrumentVersionId;
        var patient = await App.RegisterPatientAsync(therapist);
        var session = await therapist.LogSessionAsync(patient.Id);
        var rating = await (await therapist.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new
        {
            rater = "therapist",
            instrumentVersionId = therapistForm,
            values = new Dictionary<string, int?> { ["aim"] = 4, ["work"] = 3, ["trust"] = 2 },
        })).ReadAsync<RatingView>();
        await using var db = App.NewDbContext();
        var audit = await db.AuditEvents.Where(a => a.Resource == InstrumentPackUpload.Resource && a.ResourceId == "synthetic-listed@1.0").ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((imported.Code, imported.Version, imported.Outcome), Is.EqualTo(("synthetic-listed", "1.0", PackImportOutcome.Insert)));
            Assert.That(imported.Forms.Select(f => f.Rater), Is.EqualTo(new[] { Rater.Patient, Rater.Therapist }));
            var listedTherapistForm = listed.Single(v => v.Id == therapistForm);
            Assert.That(listedTherapistForm.Code, Is.EqualTo("synthetic-listed"));
            Assert.That(listedTherapistForm.Languages, Is.EqualTo(new[] { "en", "nb" }));
            Assert.That(listedTherapistForm.LicenceNote, Does.StartWith("Synthetic test pack"));
            Assert.That(listedTherapistForm.Items.Select(i => i.Key), Is.EqualTo(new[] { "aim", "work", "trust" }));
            // three items on 1–4: raw 9 of 3–12, so (9 − 3) / (12 − 3) × 100
            Assert.That(rating.InstrumentVersionId, Is.EqualTo(therapistForm));
            Assert.That(rating.Scores!.TotalRaw, Is.EqualTo(9));
            Assert.That(rating.Scores.Total100, Is.EqualTo(600.0 / 9).Within(1e-9));
            Assert.That(audit.Select(a => (a.Action, a.Outcome)), Is.EqualTo(new[] { (AuditAction.Administer, AuditOutcome.Success) }));
            Assert.That(audit.Single().UserId, Is.Not.Null);
        });
    }

    [Test]
    public async Task An_imported_pack_does_not_replace_the_alliance_check_on_the_ward_tablets()
    {
        using var admin = await App.SignInAsync(Admin);
        using var imported = await PostPackAsync(admin, SyntheticPack.WithCode("synthetic-not-on-tablets").ToJsonString());
        var (tablet, redeemed, _) = await App.HandedOverAsync();
        using (tablet)
        {
            var form = await tablet.FormAsync(redeemed.Token);
            await using var db = App.NewDbContext();
            var instrument = await db.InstrumentVersions.Where(v => v.Id == form.InstrumentVersionId)
                .Join(db.Instruments, v => v.InstrumentId, i => i.Id, (_, i) => i.Code).SingleAsync();

            Assert.Multiple(() =>
            {
                Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the pack was imported");
                Assert.That(instrument, Is.EqualTo(BuiltInInstruments.BordinAllianceCheckCode), "the tablet still asks the alliance check");
            });
        }
    }

    [Test]
    public async Task A_pack_with_a_missing_anchor_is_refused_naming_the_item_and_nothing_is_stored()
    {
        using var admin = await App.SignInAsync(Admin);
        var pack = SyntheticPack.WithCode("synthetic-invalid");
        pack["forms"]![1]!["items"]![1]!["texts"]!["nb"]!["anchors"]!.AsObject().Remove("3");

        using var response = await PostPackAsync(admin, pack.ToJsonString());
        var errors = await response.FieldErrorsAsync("forms[therapist].items[work].texts[nb].anchors");
        await using var db = App.NewDbContext();

        Assert.Multiple(async () =>
        {
            Assert.That(errors, Has.Some.Contains("Item 'work'").And.Contains("no anchor for value 3"));
            Assert.That(await db.Instruments.AnyAsync(i => i.Code == "synthetic-invalid"), Is.False);
            Assert.That(await db.AuditEvents.AnyAsync(a => a.Resource == InstrumentPackUpload.Resource && a.Outcome == AuditOutcome.Failed), Is.True);
        });
    }

    [Test]
    public async Task Malformed_json_is_refused_with_its_line_and_a_body_that_is_not_json_with_415()
    {
        using var admin = await App.SignInAsync(Admin);

        using var malformed = await PostPackAsync(admin, "{ \"formatVersion\": 1, ");
        using var notJson = await admin.PostAsync("/api/v1/instruments", new StringContent("code=x", Encoding.UTF8, "text/plain"));

        Assert.Multiple(async () =>
        {
            Assert.That(await malformed.FieldErrorsAsync("$"), Has.Some.Contains("malformed JSON at line 1, position 23"));
            Assert.That(notJson.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        });
    }

    [Test]
    public async Task Changing_a_version_used_by_a_rating_is_refused_with_409_and_nothing_changes_but_a_new_version_is_added()
    {
        using var admin = await App.SignInAsync(Admin);
        using var therapist = await App.SignInAsync(Therapist);
        var pack = SyntheticPack.WithCode("synthetic-used");
        var imported = await (await PostPackAsync(admin, pack.ToJsonString())).ReadAsync<PackImportView>();
        var therapistForm = imported.Forms.Single(f => f.Rater == Rater.Therapist).InstrumentVersionId;
        var patient = await App.RegisterPatientAsync(therapist);
        var session = await therapist.LogSessionAsync(patient.Id);
        using var rated = await therapist.PostJsonAsync($"/api/v1/sessions/{session.Id}/ratings", new
        {
            rater = "therapist",
            instrumentVersionId = therapistForm,
            values = new Dictionary<string, int?> { ["aim"] = 3, ["work"] = 3, ["trust"] = 3 },
        });
        pack["forms"]![1]!["items"]![0]!["texts"]!["en"]!["question"] = "A reworded question";

        using var changed = await PostPackAsync(admin, pack.ToJsonString());
        var problem = JsonDocument.Parse(await changed.Content.ReadAsStringAsync()).RootElement;
        pack["version"] = "1.1";
        using var newVersion = await PostPackAsync(admin, pack.ToJsonString());
        await using var db = App.NewDbContext();
        var storedQuestion = await db.Set<InstrumentText>()
            .SingleAsync(t => t.InstrumentVersionId == therapistForm && t.Language == "en" && t.Key == "item.aim");

        Assert.Multiple(async () =>
        {
            Assert.That(rated.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(changed.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("already in use").And.Contain("new version"));
            Assert.That(storedQuestion.Text, Is.EqualTo("Did we work towards something the patient cares about?"));
            Assert.That(await db.InstrumentVersions.CountAsync(v => v.InstrumentId == imported.InstrumentId && v.Version == "1.0"), Is.EqualTo(2));
            Assert.That(newVersion.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await db.InstrumentVersions.CountAsync(v => v.InstrumentId == imported.InstrumentId), Is.EqualTo(4));
            Assert.That(await db.AuditEvents.AnyAsync(a =>
                a.Resource == InstrumentPackUpload.Resource && a.ResourceId == "synthetic-used@1.0" && a.Outcome == AuditOutcome.Failed), Is.True);
        });
    }

    [Test]
    public async Task Importing_the_same_pack_again_even_laid_out_differently_changes_nothing()
    {
        using var admin = await App.SignInAsync(Admin);
        var pack = SyntheticPack.WithCode("synthetic-again");

        var first = await (await PostPackAsync(admin, pack.ToJsonString())).ReadAsync<PackImportView>();
        using var again = await PostPackAsync(admin, pack.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var second = await again.ReadAsync<PackImportView>();
        await using var db = App.NewDbContext();

        Assert.Multiple(async () =>
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.Outcome, Is.EqualTo(PackImportOutcome.AlreadyPresent));
            Assert.That(second.Forms, Is.EqualTo(first.Forms));
            Assert.That(await db.Instruments.CountAsync(i => i.Code == "synthetic-again"), Is.EqualTo(1));
            Assert.That(await db.InstrumentVersions.CountAsync(v => v.InstrumentId == first.InstrumentId), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_page_imports_an_uploaded_file_and_lists_the_problems_of_a_bad_one_by_file_item_and_place()
    {
        using var admin = await App.SignInAsync(Admin);
        var good = SyntheticPack.WithCode("synthetic-uploaded");
        var bad = SyntheticPack.WithCode("synthetic-uploaded-bad");
        bad["forms"]![0]!["items"]![2]!["response"]!["max"] = 1;

        using var imported = await UploadAsync(admin, "licensed-scale.json", good.ToJsonString());
        using var refused = await UploadAsync(admin, "broken-scale.json", bad.ToJsonString());
        var refusedPage = await refused.Content.ReadAsStringAsync();
        var list = await admin.GetStringAsync("/Administration/Instruments");
        await using var db = App.NewDbContext();

        Assert.Multiple(async () =>
        {
            Assert.That(await imported.Content.ReadAsStringAsync(), Does.Contain("Synthetic licensed scale version 1.0 is imported from licensed-scale.json."));
            Assert.That(refusedPage, Does.Contain("Problems in broken-scale.json"));
            Assert.That(refusedPage, Does.Contain("<td>trust</td>").And.Contain("forms[patient].items[trust].response"));
            Assert.That(refusedPage, Does.Contain("Invalid scale range"));
            Assert.That(list, Does.Contain("synthetic-uploaded").And.Not.Contain("synthetic-uploaded-bad"));
            Assert.That(await db.AuditEvents.AnyAsync(a =>
                a.Resource == InstrumentPackUpload.Resource && a.ResourceId == "synthetic-uploaded@1.0" && a.Outcome == AuditOutcome.Success), Is.True);
        });
    }

    private static Task<HttpResponseMessage> PostPackAsync(HttpClient client, string json) =>
        client.PostAsync("/api/v1/instruments", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, string json)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var form = new MultipartFormDataContent
        {
            { new StringContent(await StaffSignIn.AntiforgeryTokenAsync(client, "/Administration/Instruments")), "__RequestVerificationToken" },
            { file, "PackFile", fileName },
        };
        return await client.PostAsync("/Administration/Instruments", form);
    }
}

/// <summary>The synthetic pack of this folder: invented wording, patient and therapist forms, nb and en.</summary>
public static class SyntheticPack
{
    public static readonly string Path = RepositoryRoot.File("tests", "AllianceTracker.Web.Tests", "Instruments", "synthetic-licensed-pack.json");

    public static JsonObject WithCode(string code)
    {
        var pack = JsonNode.Parse(File.ReadAllText(Path))!.AsObject();
        pack["code"] = code;
        return pack;
    }
}
