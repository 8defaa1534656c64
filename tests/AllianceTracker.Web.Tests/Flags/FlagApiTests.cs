using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Flags;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Flags;

public class FlagApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    [Test]
    public async Task The_open_flag_list_holds_only_open_flags_of_the_callers_patients()
    {
        using var client = await App.SignInAsync(Therapist);
        var inbox = await client.GetFromJsonAsync<InboxView>("/api/v1/flags?status=open", Json);
        var flags = inbox!.Flags.Concat(inbox.Digests.SelectMany(d => d.Flags)).ToList();
        await using var db = App.NewDbContext();
        var userId = await UserIdAsync(Therapist);
        var mine = await db.CareTeamMemberships.Where(m => m.StaffUserId == userId).Select(m => m.PatientId).ToListAsync();
        var expected = await db.Flags.Where(f => mine.Contains(f.PatientId) && f.Status == FlagStatus.Open).Select(f => f.Id).ToListAsync();

        Assert.That(flags.Select(f => f.Id), Is.EquivalentTo(expected));
        Assert.That(expected, Is.Not.Empty);
    }

    [TestCase("closed")]
    [TestCase("1")]
    public async Task An_unknown_status_filter_is_a_400_that_names_the_field(string status)
    {
        using var client = await App.SignInAsync(Therapist);
        using var response = await client.GetAsync($"/api/v1/flags?status={status}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.RootElement.GetProperty("errors").GetProperty("status")[0].GetString(), Does.Contain("open"));
        });
    }

    [Test]
    public async Task A_flag_is_acknowledged_then_resolved_with_a_note()
    {
        var flagId = await OpenFlagOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var acknowledged = await client.PostAsync($"/api/v1/flags/{flagId}/acknowledge", null);
        using var resolved = await client.PostAsJsonAsync($"/api/v1/flags/{flagId}/resolve", new { note = "Talked it through with the patient." });
        await using var db = App.NewDbContext();
        var flag = await db.Flags.SingleAsync(f => f.Id == flagId);

        Assert.Multiple(() =>
        {
            Assert.That(acknowledged.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(flag.Status, Is.EqualTo(FlagStatus.Resolved));
            Assert.That(flag.AcknowledgedAt, Is.Not.Null);
            Assert.That(flag.ResolutionNote, Is.EqualTo("Talked it through with the patient."));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task Resolving_without_a_note_is_a_400_that_names_the_field(string note)
    {
        var flagId = await OpenFlagOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.PostAsJsonAsync($"/api/v1/flags/{flagId}/resolve", new { note });
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.RootElement.GetProperty("errors").GetProperty("note")[0].GetString(), Does.Contain("resolved"));
        });
    }

    [Test]
    public async Task A_flag_of_another_care_team_is_not_found_cannot_be_changed_and_the_attempt_is_audited()
    {
        var foreign = await FlagOutsideTeamOfAsync(Therapist);
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.PostAsync($"/api/v1/flags/{foreign}/acknowledge", null);
        await using var db = App.NewDbContext();
        var flag = await db.Flags.SingleAsync(f => f.Id == foreign);
        var userId = await UserIdAsync(Therapist);
        var audit = await db.AuditEvents.Where(a => a.UserId == userId && a.Resource == "Flag" && a.PatientId == flag.PatientId).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(flag.Status, Is.EqualTo(FlagStatus.Open));
            Assert.That(audit.Select(a => a.Outcome), Does.Contain(AuditOutcome.NotFound));
        });
    }

    [Test]
    public async Task A_patients_flags_outside_the_care_team_are_not_found()
    {
        var foreign = await FlagOutsideTeamOfAsync(Therapist);
        await using var db = App.NewDbContext();
        var patientId = await db.Flags.Where(f => f.Id == foreign).Select(f => f.PatientId).SingleAsync();
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.GetAsync($"/api/v1/patients/{patientId}/flags");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<Guid> OpenFlagOfAsync(string email)
    {
        var userId = await UserIdAsync(email);
        await using var db = App.NewDbContext();
        return await db.Flags
            .Where(f => f.Status == FlagStatus.Open && db.CareTeamMemberships.Any(m => m.PatientId == f.PatientId && m.StaffUserId == userId))
            .OrderBy(f => f.FindingKey).Select(f => f.Id).FirstAsync();
    }

    private async Task<Guid> FlagOutsideTeamOfAsync(string email)
    {
        var userId = await UserIdAsync(email);
        await using var db = App.NewDbContext();
        return await db.Flags
            .Where(f => f.Status == FlagStatus.Open && !db.CareTeamMemberships.Any(m => m.PatientId == f.PatientId && m.StaffUserId == userId))
            .OrderBy(f => f.FindingKey).Select(f => f.Id).FirstAsync();
    }
}
