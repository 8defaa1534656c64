using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data.Providers;
using AllianceTracker.Data.Seed;
using AllianceTracker.Web.Features.Demo;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Foundation;

public class DemoDataTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_demo_has_one_institution_two_wards_and_the_six_staff_accounts()
    {
        await using var db = App.NewDbContext();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.Institutions.CountAsync(), Is.EqualTo(1));
            Assert.That(await db.Wards.CountAsync(), Is.EqualTo(2));
            Assert.That(await db.Users.Select(u => u.Email).ToListAsync(), Is.EquivalentTo(new[]
            {
                "therapist1@demo.example", "therapist2@demo.example", "therapist3@demo.example",
                "therapist4@demo.example", "manager@demo.example", "admin@demo.example",
            }));
        });
    }

    [Test]
    public async Task Every_demo_patient_is_synthetic_and_has_between_8_and_30_sessions()
    {
        await using var db = App.NewDbContext();
        var patients = await db.Patients
            .Select(p => new { p.IsSynthetic, Sessions = db.Sessions.Count(s => s.PatientId == p.Id) })
            .ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(patients, Has.Count.GreaterThanOrEqualTo(12));
            Assert.That(patients.Select(p => p.IsSynthetic), Is.All.True);
            Assert.That(patients.Select(p => p.Sessions), Is.All.InRange(8, 30));
        });
    }

    [Test]
    public async Task The_demo_stories_hold_ruptures_rater_gaps_acquiescence_and_coercion_with_and_without_follow_up()
    {
        await using var db = App.NewDbContext();
        var ratings = await db.Ratings.Select(r => new { r.SessionId, r.Rater, r.RuptureReported, r.Scores.Total100 }).ToListAsync();
        var bySession = ratings.GroupBy(r => r.SessionId)
            .Where(g => g.Count() == 2)
            .Select(g => g.Single(r => r.Rater == Rater.Therapist).Total100 - g.Single(r => r.Rater == Rater.Patient).Total100);
        var coercion = await db.AutonomyDecisions.Select(d => new { d.RuleId, FollowUps = d.FollowUps.Count }).ToListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(ratings.Where(r => r.Rater == Rater.Patient).Select(r => r.RuptureReported), Does.Contain(RuptureAnswer.ALot));
            Assert.That(bySession.Max(), Is.GreaterThan(25), "a rater gap of more than a quarter of the scale");
            Assert.That(await db.TreatmentDecisions.CountAsync(d => d.Current.PatientPosition == AgreementPosition.AcceptsButDoesNotAgree), Is.Positive);
            Assert.That(await db.NonResponses.CountAsync(n => n.Reason == NonResponseReason.Declined), Is.Positive);
            Assert.That(coercion.Any(d => d.RuleId == NorwegianMentalHealthCareAct.CoerciveMeans && d.FollowUps > 0), Is.True, "coercion with follow-up");
            Assert.That(coercion.Any(d => d.FollowUps == 0), Is.True, "coercion without follow-up");
        });
    }

    [Test]
    public async Task Scores_are_stored_with_the_instrument_version_that_produced_them()
    {
        await using var db = App.NewDbContext();
        var versions = await db.Ratings.Select(r => r.InstrumentVersionId).Distinct().ToListAsync();
        var locked = await db.InstrumentVersions.Where(v => versions.Contains(v.Id)).Select(v => v.IsLocked).ToListAsync();

        Assert.That(locked, Is.Not.Empty.And.All.True);
    }

    [Test]
    public async Task Norway_sections_are_seeded_as_rule_data()
    {
        await using var db = App.NewDbContext();
        var rules = await db.JurisdictionRules.Include(r => r.Means).Where(r => r.JurisdictionCode == "NO").ToListAsync();
        var coerciveMeans = rules.Single(r => r.Section == "§4-8");

        Assert.Multiple(() =>
        {
            Assert.That(rules.Select(r => r.Section), Is.EquivalentTo(new[] { "§3-2", "§3-3", "§4-3", "§4-4", "§4-5", "§4-6", "§4-7", "§4-7a", "§4-8" }));
            Assert.That(coerciveMeans.Means.Select(m => m.Code), Is.EquivalentTo(new[] { "a", "b", "c", "d" }));
            Assert.That(coerciveMeans.Category, Is.EqualTo(MeasureCategory.CoerciveMeans));
            Assert.That(rules.Single(r => r.Section == "§4-4").ComplaintBodyNb, Is.EqualTo("Statsforvalteren"));
        });
    }

    [Test]
    public void The_demo_has_as_many_patients_as_it_says()
    {
        using var db = App.NewDbContext();
        Assert.That(db.Patients.Count(), Is.EqualTo(DemoDataSeeder.PatientCount));
    }
}

public class WithoutDemoModeTests(DatabaseProvider provider) : AppFixture(provider)
{
    protected override bool WithDemoData => false;

    [Test]
    public async Task No_demo_account_or_patient_is_created_outside_demo_mode()
    {
        await using var db = App.NewDbContext();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.Users.CountAsync(), Is.Zero);
            Assert.That(await db.Patients.CountAsync(), Is.Zero);
            Assert.That(await db.InstrumentVersions.CountAsync(), Is.EqualTo(2), "the shipped instrument is stored in every mode");
            Assert.That(await db.Roles.Select(r => r.Name).ToListAsync(), Is.EquivalentTo(StaffRole.All), "the staff roles exist in every mode");
        });
    }

    [Test]
    public async Task The_sign_in_page_shows_no_demo_accounts_outside_demo_mode()
    {
        using var client = App.CreateHttpsClient();
        var page = await client.GetStringAsync("/Account/SignIn");

        Assert.That(page, Does.Not.Contain("demo.example"));
    }
}
