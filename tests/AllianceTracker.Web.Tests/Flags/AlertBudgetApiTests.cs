using AllianceTracker.Core.Flags;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Flags;

public class AlertBudgetApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Therapist = "therapist1@demo.example";

    // 10:00 in Oslo on two winter days long before the demo data, so no other flag falls on them
    private static readonly DateTimeOffset Crowded = new(2020, 1, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Quiet = new(2020, 1, 6, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_day_with_more_low_flags_than_the_budget_of_one_is_one_digest_and_important_flags_stay_one_by_one()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client, "Budget patient");
        var crowded = await AddFlagsAsync(patient.Id, Crowded, FlagSeverity.Low, FlagSeverity.Low, FlagSeverity.Low);
        var high = await AddFlagsAsync(patient.Id, Crowded, FlagSeverity.High);
        var quiet = await AddFlagsAsync(patient.Id, Quiet, FlagSeverity.Low);

        var inbox = await (await client.GetAsync("/api/v1/flags?status=open")).ReadAsync<InboxView>();
        var digest = inbox.Digests.Single(d => d.Day == new DateOnly(2020, 1, 7));

        Assert.Multiple(() =>
        {
            Assert.That(digest.Count, Is.EqualTo(3));
            Assert.That(digest.Flags.Select(f => f.Id), Is.EquivalentTo(crowded));
            Assert.That(inbox.Flags.Select(f => f.Id), Does.Contain(high.Single()).And.Contain(quiet.Single()));
            Assert.That(inbox.Flags.Select(f => f.Id).Intersect(crowded), Is.Empty);
            Assert.That(inbox.Digests.Where(d => d.Day == new DateOnly(2020, 1, 6)), Is.Empty);
        });
    }

    [Test]
    public async Task The_inbox_page_shows_the_digest_as_one_expandable_entry_with_its_count()
    {
        using var client = await App.SignInAsync(Therapist);
        var patient = await App.RegisterPatientAsync(client, "Digest page patient");
        await AddFlagsAsync(patient.Id, Crowded.AddDays(7), FlagSeverity.Low, FlagSeverity.Low);

        var html = await client.GetStringAsync("/Flags/Inbox");

        Assert.That(html, Does.Contain("<summary>2020-01-14: 2 low-severity flags</summary>"));
    }

    private async Task<List<Guid>> AddFlagsAsync(Guid patientId, DateTimeOffset raisedAt, params FlagSeverity[] severities)
    {
        await using var db = App.NewDbContext();
        var wardId = await db.Patients.Where(p => p.Id == patientId).Select(p => p.WardId).SingleAsync();
        var flags = severities.Select((severity, i) => new Flag
        {
            PatientId = patientId,
            WardId = wardId,
            RuleId = "test.budget",
            RuleSetVersion = 1,
            FindingKey = $"test.budget:{Guid.NewGuid():N}",
            Severity = severity,
            InputsJson = "{}",
            ExplanationEn = $"Test flag {i}",
            ExplanationNb = $"Testflagg {i}",
            RaisedAt = raisedAt.AddMinutes(i),
            LastSeenAt = raisedAt,
        }).ToList();
        db.Flags.AddRange(flags);
        await db.SaveChangesAsync();
        return flags.Select(f => f.Id).ToList();
    }
}
