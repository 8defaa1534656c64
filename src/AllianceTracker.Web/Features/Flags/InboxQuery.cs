using AllianceTracker.Core.Flags;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>The caller's inbox: their care-team patients' flags arranged by the alert budget, and their own reminders.</summary>
public sealed class InboxQuery(AllianceDbContext db, PatientAccess access, WardRuleSets ruleSets, CurrentUser user)
{
    public async Task<InboxView> LoadAsync(IReadOnlyCollection<FlagStatus> statuses, CancellationToken cancellationToken)
    {
        var flags = await db.FlagsOfAsync(access.VisiblePatients(), statuses, cancellationToken);
        var wardIds = flags.Select(f => f.WardId).Distinct().ToList();
        var timeZones = await db.Wards.AsNoTracking().Where(w => wardIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => w.TimeZoneId, cancellationToken);
        var budgets = new Dictionary<Guid, int>();
        foreach (var wardId in wardIds)
        {
            budgets[wardId] = (await ruleSets.CurrentAsync(wardId, cancellationToken)).Parameters.LowSeverityDailyBudget;
        }

        var arranged = AlertBudget.Arrange(
            flags, f => f.Severity, f => WardDay.Of(f.WardId, f.RaisedAt, timeZones[f.WardId]), wardId => budgets[wardId]);
        return new InboxView(
            arranged.OneByOne,
            arranged.Digests.Select(d => new FlagDigestView(d.Day.WardId, d.Day.Day, d.Flags.Count, d.Flags)).ToList(),
            await RemindersAsync(cancellationToken));
    }

    private async Task<List<ReminderView>> RemindersAsync(CancellationToken cancellationToken)
    {
        var userId = user.RequiredId;
        var reminders = await PendingReminders.Of(db)
            .Where(r => r.StaffUserId == userId)
            .Join(access.VisiblePatients(), r => r.PatientId, p => p.Id,
                (r, p) => new ReminderView(r.Id, r.PatientId, p.DisplayAlias, r.Kind, r.SubjectId, r.DueSince))
            .ToListAsync(cancellationToken);
        return reminders.OrderBy(r => r.DueSince).ThenBy(r => r.Id).ToList();
    }
}
