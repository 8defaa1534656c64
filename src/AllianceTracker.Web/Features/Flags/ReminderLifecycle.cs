using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>A clinician marks one of their own reminders done; anyone else's is not found.</summary>
public sealed class ReminderLifecycle(AllianceDbContext db, PatientAccess access, CurrentUser user, TimeProvider clock)
{
    public async Task DoneAsync(Guid reminderId, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId;
        var reminder = await db.Reminders.SingleOrDefaultAsync(r => r.Id == reminderId && r.StaffUserId == userId, cancellationToken)
            ?? throw new NotFoundException("Reminder");
        await access.EnsureAccessAsync(reminder.PatientId, reminder.Id);
        if (reminder.DoneAt is null)
        {
            reminder.DoneAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
