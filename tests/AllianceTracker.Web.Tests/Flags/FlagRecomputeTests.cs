using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllianceTracker.Web.Tests.Flags;

public class FlagRecomputeTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_demo_stories_raise_the_flags_they_were_written_to_show()
    {
        await using var db = App.NewDbContext();
        var rules = await db.Flags.Select(f => f.RuleId).Distinct().ToListAsync();

        Assert.That(rules, Is.SupersetOf(new[]
        {
            RuleIds.ReportedRupture, RuleIds.RaterGap, RuleIds.Acquiescence, RuleIds.MissingVoice,
            RuleIds.FollowUpOverdue, RuleIds.ViewNotRecorded, RuleIds.FormalDecisionMissing,
        }));
        Assert.That(await db.RuptureEpisodes.Select(e => e.Status).Distinct().ToListAsync(),
            Does.Contain(RuptureStatus.Repaired).And.Contain(RuptureStatus.Unrepaired));
    }

    [Test]
    public async Task Every_flag_names_its_rule_set_version_and_explains_itself_in_both_languages()
    {
        await using var db = App.NewDbContext();
        var flags = await db.Flags.ToListAsync();

        Assert.That(flags, Is.Not.Empty);
        Assert.That(flags, Has.All.Matches<Flag>(f =>
            f.RuleSetVersion >= 1 && f.ExplanationEn.Length > 20 && f.ExplanationNb.Length > 20 && f.InputsJson.StartsWith('{')));
    }

    [Test]
    public async Task Recomputing_everything_again_at_the_same_moment_changes_nothing_and_keeps_acknowledgements()
    {
        // overdue findings count hours up to "now", so the moment is held still
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RecomputeAllAsync(clock);
        await using (var db = App.NewDbContext())
        {
            var flag = await db.Flags.OrderBy(f => f.Id).FirstAsync();
            flag.Status = FlagStatus.Acknowledged;
            flag.AcknowledgedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
        }

        var before = await SnapshotAsync();
        await RecomputeAllAsync(clock);
        await RecomputeAllAsync(clock);
        var after = await SnapshotAsync();

        Assert.That(after, Is.EqualTo(before));
        Assert.That(after, Has.Some.Matches<(Guid, string, FlagStatus, Guid)>(f => f.Item3 == FlagStatus.Acknowledged));
    }

    [Test]
    public async Task Recomputes_of_one_patient_running_at_once_store_each_finding_and_rupture_episode_once()
    {
        const int AtOnce = 6;
        Guid patientId;
        await using (var db = App.NewDbContext())
        {
            patientId = await db.RuptureEpisodes.GroupBy(e => e.PatientId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            // as for a patient whose findings are all new: every recompute will try to add them
            await db.Flags.Where(f => f.PatientId == patientId).ExecuteDeleteAsync();
            await db.RuptureEpisodes.Where(e => e.PatientId == patientId).ExecuteDeleteAsync();
        }

        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => Task.Run(async () =>
        {
            using var scope = App.Services.CreateScope();
            await ActivatorUtilities.CreateInstance<FlagRecomputer>(scope.ServiceProvider, clock).RecomputeAsync(patientId, CancellationToken.None);
        })));

        await using var check = App.NewDbContext();
        var keys = await check.Flags.Where(f => f.PatientId == patientId).Select(f => f.FindingKey).ToListAsync();
        var episodes = await check.RuptureEpisodes.Where(e => e.PatientId == patientId).Select(e => new { e.Rater, e.OpenedBySessionId }).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Not.Empty, "the patient's findings were flagged");
            Assert.That(keys, Is.Unique, "each finding flagged once");
            Assert.That(episodes, Is.Not.Empty.And.Unique, "each rupture episode stored once");
        });
    }

    [Test]
    public async Task Patients_recomputed_together_get_exactly_the_flags_and_episodes_each_gets_alone()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await ForgetFlagsAsync();
        await RecomputeAllAsync(clock);
        var alone = await FindingsAsync();

        await ForgetFlagsAsync();
        using (var scope = App.Services.CreateScope())
        {
            await ActivatorUtilities.CreateInstance<FlagRecomputer>(scope.ServiceProvider, clock)
                .RecomputeAsync(await PatientIdsAsync(), CancellationToken.None);
        }

        var together = await FindingsAsync();
        Assert.That(alone, Has.Count.GreaterThan(10), "the demo patients have findings");
        Assert.That(together, Is.EqualTo(alone));
    }

    [Test]
    public async Task The_nightly_run_recomputes_every_patient_of_every_ward()
    {
        var before = await FlaggedFindingKeysAsync();
        await ForgetFlagsAsync();

        await App.Services.GetRequiredService<FlagRecomputeJobs>().RunNightlyAsync(CancellationToken.None);

        var after = await FlaggedFindingKeysAsync();
        await using var db = App.NewDbContext();
        Assert.That(await db.Flags.Select(f => f.WardId).Distinct().CountAsync(), Is.GreaterThan(1), "more than one ward's patients were flagged");
        Assert.That(after, Is.EquivalentTo(before));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_recompute_reads_no_kind_of_record_its_patient_has_none_of(bool underAutonomyLimitingDecision)
    {
        Guid patientId;
        await using (var db = App.NewDbContext())
        {
            patientId = underAutonomyLimitingDecision
                ? await db.AutonomyDecisions.Select(d => d.PatientId).FirstAsync()
                : (await App.RegisterPatientAsync(await App.SignInAsync("therapist1@demo.example"), "Nothing recorded yet")).Id;
        }

        var queries = new QueriesRun();
        await using var watched = App.Database.NewDbContext(queries);
        var recomputer = new FlagRecomputer(watched, new PatientHistoryLoader(watched, new InstrumentScaleCache()),
            new WardRuleSets(watched, TimeProvider.System), TimeProvider.System);

        await recomputer.RecomputeAsync(patientId, CancellationToken.None);

        // the first query, of the patient's ward, asks which kinds the patient has
        var reads = queries.All.Skip(1).Select(q => q.Text).ToList();
        string[] kinds = ["\"NonResponses\"", "\"TreatmentDecisions\"", "\"AutonomyDecisions\"", "\"Flags\"", "\"RuptureEpisodes\""];
        Assert.Multiple(() =>
        {
            Assert.That(queries.All[0].Text, Does.Contain("\"RuleSets\""));
            Assert.That(reads, Has.Some.Contains("\"Ratings\""), "the ratings are always read");
            if (underAutonomyLimitingDecision)
            {
                Assert.That(reads, Has.Some.Contains("\"AutonomyDecisions\""));
            }
            else
            {
                Assert.That(reads.Where(text => kinds.Any(text.Contains)), Is.Empty);
            }
        });
    }

    private async Task ForgetFlagsAsync()
    {
        await using var db = App.NewDbContext();
        await db.Flags.ExecuteDeleteAsync();
        await db.RuptureEpisodes.ExecuteDeleteAsync();
    }

    /// <summary>Every stored flag and rupture episode as text, patient first, in a stable order.</summary>
    private async Task<List<string>> FindingsAsync()
    {
        await using var db = App.NewDbContext();
        var flags = (await db.Flags.ToListAsync()).Select(f =>
            $"{f.PatientId}|{f.FindingKey}|{f.WardId}|{f.RuleSetVersion}|{f.Severity}|{f.Status}|{f.InputsJson}|{f.RaisedAt:O}");
        var episodes = (await db.RuptureEpisodes.ToListAsync()).Select(e =>
            $"{e.PatientId}|episode {e.Rater} {e.OpenedBySessionId}|{e.WardId}|{e.RuleSetVersion}|{e.Status}|{e.ClosedBySessionId}|{e.BaselineMean}");
        return flags.Concat(episodes).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<List<string>> FlaggedFindingKeysAsync()
    {
        await using var db = App.NewDbContext();
        return (await db.Flags.Select(f => new { f.PatientId, f.FindingKey }).ToListAsync()).Select(f => $"{f.PatientId} {f.FindingKey}").ToList();
    }

    private async Task<List<Guid>> PatientIdsAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Patients.Select(p => p.Id).ToListAsync();
    }

    private async Task RecomputeAllAsync(TimeProvider clock)
    {
        foreach (var patientId in await PatientIdsAsync())
        {
            using var scope = App.Services.CreateScope();
            var recomputer = ActivatorUtilities.CreateInstance<FlagRecomputer>(scope.ServiceProvider, clock);
            await recomputer.RecomputeAsync(patientId, CancellationToken.None);
        }
    }

    private async Task<List<(Guid, string, FlagStatus, Guid)>> SnapshotAsync()
    {
        await using var db = App.NewDbContext();
        return (await db.Flags.OrderBy(f => f.Id).Select(f => new { f.Id, f.FindingKey, f.Status, f.ConcurrencyStamp }).ToListAsync())
            .Select(f => (f.Id, f.FindingKey, f.Status, f.ConcurrencyStamp)).ToList();
    }

    [Test]
    public void The_nightly_recompute_is_scheduled_with_no_patient_data_in_its_arguments()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == FlagRecomputeJobs.NightlyJobId);

        Assert.Multiple(() =>
        {
            Assert.That(job.Job.Type, Is.EqualTo(typeof(FlagRecomputeJobs)));
            Assert.That(job.Job.Args, Has.All.InstanceOf<CancellationToken>());
            Assert.That(job.Cron, Is.EqualTo(Cron.Daily(2)));
        });
    }
}
