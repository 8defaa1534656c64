using AllianceTracker.Core.Audit;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.NeedToKnow;

/// <summary>What a ward manager reviews for their wards: the need-to-know accesses with their reasons, and refused attempts.</summary>
public sealed class AccessReview(AllianceDbContext db, WardAccess wards)
{
    public const int MaximumRows = 200;

    public Task<List<NeedToKnowReviewRow>> NeedToKnowAccessesAsync(CancellationToken cancellationToken)
    {
        var wardIds = wards.VisibleWards().Select(w => w.Id);
        return (from a in db.NeedToKnowAccesses
                join p in db.Patients on a.PatientId equals p.Id
                join w in db.Wards on p.WardId equals w.Id
                join u in db.Users on a.StaffUserId equals u.Id
                where wardIds.Contains(p.WardId)
                orderby a.GrantedAt descending
                select new NeedToKnowReviewRow(u.DisplayName, p.DisplayAlias, w.Name, a.Reason, a.GrantedAt, a.ExpiresAt))
            .Take(MaximumRows)
            .ToListAsync(cancellationToken);
    }

    public Task<List<RefusedAttemptRow>> RefusedAttemptsAsync(CancellationToken cancellationToken)
    {
        var wardIds = wards.VisibleWards().Select(w => w.Id);
        return (from e in db.AuditEvents
                join p in db.Patients on e.PatientId equals p.Id
                join w in db.Wards on p.WardId equals w.Id
                join u in db.Users on e.UserId equals u.Id into users
                from u in users.DefaultIfEmpty()
                where wardIds.Contains(p.WardId) && (e.Outcome == AuditOutcome.Refused || e.Outcome == AuditOutcome.NotFound)
                orderby e.Id descending
                select new RefusedAttemptRow(
                    u == null ? null : u.DisplayName, e.Role, p.DisplayAlias, w.Name, e.Action, e.Resource, e.Outcome, e.OccurredAt))
            .Take(MaximumRows)
            .ToListAsync(cancellationToken);
    }
}

public sealed record NeedToKnowReviewRow(
    string Staff, string PatientAlias, string Ward, string Reason, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt);

public sealed record RefusedAttemptRow(
    string? Staff, string? Role, string PatientAlias, string Ward, AuditAction Action, string Resource, AuditOutcome Outcome, DateTimeOffset OccurredAt);
