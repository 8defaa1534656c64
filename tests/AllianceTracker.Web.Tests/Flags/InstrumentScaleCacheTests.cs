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
        Guid versionId;
        InstrumentScale first;
        await using (var db = App.NewDbContext())
        {
            versionId = await db.InstrumentVersions.Select(v => v.Id).FirstAsync();
            first = (await cache.ForAsync(db, [versionId], CancellationToken.None))[versionId];
        }

        // a context that has been disposed throws if it is asked anything
        var disposed = App.NewDbContext();
        await disposed.DisposeAsync();
        var again = await cache.ForAsync(disposed, [versionId], CancellationToken.None);

        Assert.That(again[versionId], Is.EqualTo(first));
        Assert.That(async () => await cache.ForAsync(disposed, [versionId, Guid.NewGuid()], CancellationToken.None),
            Throws.TypeOf<ObjectDisposedException>(), "a version not read before is read from the database");
    }
}
