using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>
/// The wards whose aggregates a caller may see: an administrator all, a ward manager those of a current ward membership;
/// any member of a ward may see their own figures beside that ward's.
/// </summary>
public sealed class WardAccess(AllianceDbContext db, CurrentUser user, TimeProvider clock)
{
    public IQueryable<Ward> VisibleWards()
    {
        if (user.IsInRole(StaffRole.Admin))
        {
            return db.Wards.AsNoTracking();
        }

        if (!user.IsInRole(StaffRole.WardManager) || user.Id is not { } userId)
        {
            return db.Wards.Where(_ => false);
        }

        return WardsOf(userId);
    }

    /// <summary>The wards the caller currently belongs to, whatever their role: where they may see their own figures beside the ward's.</summary>
    public IQueryable<Ward> MemberWards() => WardsOf(user.RequiredId);

    /// <summary>A ward the caller may not see answers 404, like one that does not exist.</summary>
    public async Task<Ward> GetAsync(Guid wardId, CancellationToken cancellationToken) =>
        await VisibleWards().SingleOrDefaultAsync(w => w.Id == wardId, cancellationToken) ?? throw new NotFoundException("Ward");

    /// <summary>The wards a staff member belongs to at the given time.</summary>
    public static IQueryable<Ward> CurrentWardsOf(AllianceDbContext db, Guid userId, DateTimeOffset now) =>
        db.Wards.AsNoTracking().Where(w => db.WardMemberships.Any(m =>
            m.WardId == w.Id && m.StaffUserId == userId && m.From <= now && (m.To == null || m.To > now)));

    private IQueryable<Ward> WardsOf(Guid userId) => CurrentWardsOf(db, userId, clock.GetUtcNow());
}
