using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>What the reminders job reminds of, and which reminders still stand.</summary>
public static class PendingReminders
{
    /// <summary>
    /// Flags of follow-up conversations that were never offered although they are due (High; an offer made late is
    /// Medium and no longer something to do), while the flag is not resolved.
    /// </summary>
    public static IQueryable<Flag> OverdueFollowUps(AllianceDbContext db) =>
        db.Flags.Where(f => f.RuleId == RuleIds.FollowUpOverdue && f.Severity == FlagSeverity.High && f.Status != FlagStatus.Resolved);

    public static IQueryable<RuptureEpisode> UnrepairedRuptures(AllianceDbContext db) =>
        db.RuptureEpisodes.Where(e => e.Status == RuptureStatus.Unrepaired);

    /// <summary>Reminders not marked done whose subject still needs doing: a follow-up reminder leaves once the follow-up is offered or its flag resolved.</summary>
    public static IQueryable<Reminder> Of(AllianceDbContext db)
    {
        var overdue = OverdueFollowUps(db);
        return db.Reminders.Where(r => r.DoneAt == null &&
            (r.Kind == ReminderKind.UnrepairedRupture || overdue.Any(f => f.Id == r.SubjectId)));
    }
}
