using System.Net;
using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Providers;
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

        using var invalid = await admin.PostPageFormAsync("/Administration/Staff/Invite",
            new Dictionary<string, string> { ["DisplayName"] = "Paged Colleague", ["Email"] = "nope", ["Roles"] = "Therapist" });
        using var invited = await admin.PostPageFormAsync("/Administration/Staff/Invite",
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

        using var refused = await admin.PostPageFormAsync("/Administration/Wards",
            new Dictionary<string, string> { ["Name"] = "Ward P", ["TimeZoneId"] = "Nowhere/Atlantis", ["JurisdictionCode"] = "NO" });
        using var created = await admin.PostPageFormAsync("/Administration/Wards",
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
    public async Task The_jurisdiction_rule_table_lists_sections_and_what_they_require()
    {
        using var admin = await App.SignInAsync("admin@demo.example");

        var page = await admin.GetStringAsync("/Administration/Jurisdictions");

        Assert.That(page, Does.Contain("<caption>NO</caption>").And.Contain("a follow-up conversation afterwards"));
    }
}
