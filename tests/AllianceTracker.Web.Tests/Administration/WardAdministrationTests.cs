using System.Net;
using System.Net.Http.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Administration.Wards;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Administration;

public class WardAdministrationTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task An_administrator_creates_and_renames_a_ward_and_each_change_is_audited()
    {
        using var admin = await App.SignInAsync("admin@demo.example");

        using var created = await admin.PostJsonAsync("/api/v1/wards", new { name = "Ward C – night", timeZoneId = "Europe/Oslo", jurisdictionCode = "NO" });
        var ward = await created.ReadAsync<WardView>();
        using var edited = await admin.PutAsJsonAsync($"/api/v1/wards/{ward.Id}",
            new { name = "Ward C – intensive", timeZoneId = "Europe/Stockholm", jurisdictionCode = "NO" }, ApiJson.Options);
        await using var db = App.NewDbContext();
        var stored = await db.Wards.SingleAsync(w => w.Id == ward.Id);
        var events = await db.AuditEvents.Where(a => a.Resource == WardAdministration.Resource && a.ResourceId == ward.Id.ToString()).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((stored.Name, stored.TimeZoneId, stored.JurisdictionCode), Is.EqualTo(("Ward C – intensive", "Europe/Stockholm", "NO")));
            Assert.That(events.Select(e => (e.Action, e.Outcome)), Is.EqualTo(new[]
            {
                (AuditAction.Administer, AuditOutcome.Success), (AuditAction.Administer, AuditOutcome.Success),
            }));
        });
    }

    [Test]
    public async Task An_unknown_time_zone_or_jurisdiction_is_refused_naming_the_field_and_a_therapist_is_refused()
    {
        using var admin = await App.SignInAsync("admin@demo.example");
        using var therapist = await App.SignInAsync("therapist1@demo.example");
        var body = new { name = "", timeZoneId = "Mars/Olympus_Mons", jurisdictionCode = "XX" };

        using var invalid = await admin.PostJsonAsync("/api/v1/wards", body);
        using var refused = await therapist.PostJsonAsync("/api/v1/wards", new { name = "Ward D", timeZoneId = "Europe/Oslo", jurisdictionCode = "NO" });
        using var unknownWard = await admin.PutAsJsonAsync($"/api/v1/wards/{Guid.NewGuid()}",
            new { name = "Ward D", timeZoneId = "Europe/Oslo", jurisdictionCode = "NO" }, ApiJson.Options);

        Assert.Multiple(async () =>
        {
            Assert.That(await invalid.FieldErrorsAsync("name"), Is.Not.Empty);
            Assert.That(await invalid.FieldErrorsAsync("timeZoneId"), Has.Some.Contains("time zone"));
            Assert.That(await invalid.FieldErrorsAsync("jurisdictionCode"), Has.Some.Contains("no rule table"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(unknownWard.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            await using var db = App.NewDbContext();
            Assert.That(await db.Wards.AnyAsync(w => w.Name == "Ward D"), Is.False);
            Assert.That(await db.AuditEvents.AnyAsync(a => a.Resource == WardAdministration.Resource && a.Outcome == AuditOutcome.Refused), Is.True);
        });
    }

    [TestCase("../../../etc/passwd")]
    [TestCase("Europe")]
    public async Task A_hostile_time_zone_is_refused_as_unknown_not_with_a_server_error(string zone)
    {
        using var admin = await App.SignInAsync("admin@demo.example");

        using var invalid = await admin.PostJsonAsync("/api/v1/wards", new { name = "Ward H", timeZoneId = zone, jurisdictionCode = "NO" });

        Assert.That(await invalid.FieldErrorsAsync("timeZoneId"), Has.Some.Contains("time zone"));
    }

    [TestCase("NO; DROP TABLE")]
    public async Task A_hostile_jurisdiction_code_is_refused_as_unknown_not_with_a_server_error(string code)
    {
        using var admin = await App.SignInAsync("admin@demo.example");

        using var invalid = await admin.PostJsonAsync("/api/v1/wards", new { name = "Ward J", timeZoneId = "Europe/Oslo", jurisdictionCode = code });

        Assert.That(await invalid.FieldErrorsAsync("jurisdictionCode"), Has.Some.Contains("no rule table"));
    }

    [TestCase("timeZoneId", "Europe/Oslo\u0000")]
    [TestCase("jurisdictionCode", "N\u0000O")]
    public async Task A_NUL_in_a_ward_field_is_refused_before_any_rule_looks_it_up(string field, string value)
    {
        using var admin = await App.SignInAsync("admin@demo.example");
        var ward = new Dictionary<string, string> { ["name"] = "Ward N", ["timeZoneId"] = "Europe/Oslo", ["jurisdictionCode"] = "NO", [field] = value };

        using var invalid = await admin.PostJsonAsync("/api/v1/wards", ward);

        Assert.That(await invalid.FieldErrorsAsync(field), Has.Some.Contains("control characters"));
    }
}
