using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Administration;
using AllianceTracker.Web.Features.Administration.Staff;
using AllianceTracker.Web.Features.Administration.Wards;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Administration;

/// <summary>The administration forms post to the API's validators and services, show their errors and audit each change.</summary>
public class AdministrationPageTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_invite_form_shows_the_one_time_link_and_a_bad_address_as_a_field_error()
    {
        using var admin = await App.SignInAsync("admin@demo.example");
        var email = $"paged-{Guid.NewGuid():N}@test.example";

        using var invalid = await StaffAdministrationTests.PostFormAsync(admin, "/Administration/Staff/Invite",
            new Dictionary<string, string> { ["DisplayName"] = "Paged Colleague", ["Email"] = "nope", ["Roles"] = "Therapist" });
        using var invited = await StaffAdministrationTests.PostFormAsync(admin, "/Administration/Staff/Invite",
            new Dictionary<string, string> { ["DisplayName"] = "Paged Colleague", ["Email"] = email, ["Roles"] = "Therapist" });
        var list = await admin.GetStringAsync("/Administration/Staff");

        Assert.Multiple(async () =>
        {
            Assert.That(await invalid.Content.ReadAsStringAsync(), Does.Contain("This is not an e-mail address."));
            Assert.That(await invited.Content.ReadAsStringAsync(), Does.Contain(Invitations.SetPasswordPath + "?user="));
            Assert.That(list, Does.Contain(email));
            await using var db = App.NewDbContext();
            Assert.That(await db.AuditEvents.AnyAsync(a => a.Resource == StaffAdministration.Resource && a.Outcome == AuditOutcome.Failed), Is.True);
        });
    }

    [Test]
    public async Task The_ward_form_refuses_an_unknown_time_zone_and_creates_a_ward_with_a_known_one()
    {
        using var admin = await App.SignInAsync("admin@demo.example");

        using var refused = await StaffAdministrationTests.PostFormAsync(admin, "/Administration/Wards",
            new Dictionary<string, string> { ["Name"] = "Ward P", ["TimeZoneId"] = "Nowhere/Atlantis", ["JurisdictionCode"] = "NO" });
        using var created = await StaffAdministrationTests.PostFormAsync(admin, "/Administration/Wards",
            new Dictionary<string, string> { ["Name"] = "Ward P", ["TimeZoneId"] = "Europe/Oslo", ["JurisdictionCode"] = "NO" });
        await using var db = App.NewDbContext();
        var ward = await db.Wards.SingleAsync(w => w.Name == "Ward P");

        Assert.Multiple(async () =>
        {
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("This is not a time zone the system knows"));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/Administration/Wards/{ward.Id}"));
            Assert.That(await db.AuditEvents.AnyAsync(a =>
                a.Resource == WardAdministration.Resource && a.ResourceId == ward.Id.ToString() && a.Outcome == AuditOutcome.Success), Is.True);
        });
    }

    [Test]
    public async Task An_invalid_pack_shows_every_problem_with_file_and_item_and_a_changed_locked_version_is_refused()
    {
        using var admin = await App.SignInAsync("admin@demo.example");
        var json = BuiltInInstruments.BordinAllianceCheck.Json;
        var broken = json.Replace("\"subscale\": \"goal\"", "\"subscale\": \"hope\"");
        var changed = json.Replace("Snakket vi om hva du ønsker for deg selv?", "Snakket vi om målene dine?");

        var invalid = await UploadAsync(admin, "broken-pack.json", broken);
        var conflict = await UploadAsync(admin, "changed-pack.json", changed);
        var list = await admin.GetStringAsync("/Administration/Instruments");

        Assert.Multiple(async () =>
        {
            Assert.That(invalid, Does.Contain("broken-pack.json").And.Contain("item &#x27;goal1&#x27;").And.Contain("hope"));
            Assert.That(conflict, Does.Contain("cannot change").And.Contain("new version"));
            Assert.That(list, Does.Contain(BuiltInInstruments.BordinAllianceCheckCode));
            await using var db = App.NewDbContext();
            Assert.That(await db.AuditEvents.CountAsync(a => a.Resource == InstrumentsModel.Resource && a.Outcome == AuditOutcome.Failed), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_jurisdiction_rule_table_lists_sections_and_what_they_require()
    {
        using var admin = await App.SignInAsync("admin@demo.example");

        var page = await admin.GetStringAsync("/Administration/Jurisdictions");

        Assert.That(page, Does.Contain("<caption>NO</caption>").And.Contain("a follow-up conversation afterwards"));
    }

    private static async Task<string> UploadAsync(HttpClient client, string fileName, string json)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await StaffSignIn.AntiforgeryTokenAsync(client, "/Administration/Instruments")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "Pack", fileName);
        using var response = await client.PostAsync("/Administration/Instruments", form);
        return await response.Content.ReadAsStringAsync();
    }
}
