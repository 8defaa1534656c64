using AllianceTracker.Core.Instruments;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Flags;

public class InstrumentScaleCacheTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_versions_scale_sums_its_goal_task_and_bond_items_and_carries_its_reliability_and_sd()
    {
        await using var db = App.NewDbContext();
        var version = await db.InstrumentVersions.Include(v => v.Items).FirstAsync(v => v.Rater == Rater.Patient);
        var scored = version.Items.Where(i => i.Subscale is Subscale.Goal or Subscale.Task or Subscale.Bond).ToList();

        var scale = (await new InstrumentScaleCache().ForAsync(db, [version.Id], CancellationToken.None))[version.Id];

        Assert.That(version.Items, Has.Count.GreaterThan(scored.Count), "the form also has items that are not scored");
        Assert.That(scale, Is.EqualTo(new InstrumentScale(
            scored.Sum(i => i.ScaleMin), scored.Sum(i => i.ScaleMax), version.Reliability, version.NormativeSd)));
    }

    [Test]
    public async Task A_scale_once_read_is_not_read_again()
    {
        var cache = new InstrumentScaleCache();
        var queries = new QueriesRun();
        await using var db = App.Database.NewDbContext(queries);
        var versionIds = await db.InstrumentVersions.Select(v => v.Id).Take(2).ToListAsync();
        queries.Clear();

        var first = (await cache.ForAsync(db, [versionIds[0]], CancellationToken.None))[versionIds[0]];
        var readFirst = queries.Count;
        var again = (await cache.ForAsync(db, [versionIds[0]], CancellationToken.None))[versionIds[0]];
        var readAgain = queries.Count - readFirst;
        await cache.ForAsync(db, versionIds, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(readFirst, Is.EqualTo(1));
            Assert.That(again, Is.EqualTo(first));
            Assert.That(readAgain, Is.Zero, "a scale once read is not read again");
            Assert.That(queries.Count, Is.EqualTo(2), "a version not read before is read from the database");
        });
    }
}
