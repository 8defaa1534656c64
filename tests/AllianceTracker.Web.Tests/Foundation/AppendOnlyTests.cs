using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Goals;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Foundation;

public class AppendOnlyTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_database_refuses_to_change_an_audit_event()
    {
        var id = await AddAuditEventAsync();
        await using var db = App.NewDbContext();

        Assert.That(async () => await db.AuditEvents.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Resource, "tampered")),
            Throws.Exception.With.Message.Contains("append-only"));
        Assert.That((await db.AuditEvents.SingleAsync(a => a.Id == id)).Resource, Is.EqualTo("Test"));
    }

    [Test]
    public async Task The_database_refuses_to_delete_an_audit_event()
    {
        var id = await AddAuditEventAsync();
        await using var db = App.NewDbContext();

        Assert.That(async () => await db.AuditEvents.Where(a => a.Id == id).ExecuteDeleteAsync(),
            Throws.Exception.With.Message.Contains("append-only"));
        Assert.That(await db.AuditEvents.AnyAsync(a => a.Id == id), Is.True);
    }

    [Test]
    public async Task Two_people_amending_the_same_goal_cannot_both_win()
    {
        await using var first = App.NewDbContext();
        await using var second = App.NewDbContext();
        var goalId = await first.Goals.Select(g => g.Id).FirstAsync();
        var mine = await first.Goals.Include(g => g.Versions).SingleAsync(g => g.Id == goalId);
        var theirs = await second.Goals.Include(g => g.Versions).SingleAsync(g => g.Id == goalId);
        var at = DateTimeOffset.UtcNow;

        mine.Amend(mine.Current with { Status = GoalStatus.Achieved }, Guid.NewGuid(), at, "Achieved");
        theirs.Amend(theirs.Current with { Status = GoalStatus.Dropped }, Guid.NewGuid(), at, "Dropped");
        await first.SaveChangesAsync();

        Assert.That(async () => await second.SaveChangesAsync(), Throws.InstanceOf<DbUpdateException>());
        await using var check = App.NewDbContext();
        var stored = await check.Goals.Include(g => g.Versions).SingleAsync(g => g.Id == goalId);
        Assert.Multiple(() =>
        {
            Assert.That(stored.Current.Status, Is.EqualTo(GoalStatus.Achieved));
            Assert.That(stored.Versions.Select(v => v.VersionNumber), Is.Unique);
            Assert.That(stored.Versions.Last().AmendmentReason, Is.EqualTo("Achieved"));
        });
    }

    private async Task<long> AddAuditEventAsync()
    {
        await using var db = App.NewDbContext();
        var audit = new AuditEvent
        {
            OccurredAt = DateTimeOffset.UtcNow, Action = AuditAction.Read, Resource = "Test", Outcome = AuditOutcome.Success,
        };
        db.AuditEvents.Add(audit);
        await db.SaveChangesAsync();
        return audit.Id;
    }
}
