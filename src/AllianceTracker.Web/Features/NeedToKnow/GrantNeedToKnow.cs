using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;

namespace AllianceTracker.Web.Features.NeedToKnow;

/// <summary>Grants the caller a time-limited access to one patient of their wards; the reason is kept for review.</summary>
public sealed class GrantNeedToKnow(WardPatients wardPatients, AllianceDbContext db, CurrentUser user, PatientAuditScope audit, TimeProvider clock)
{
    public static AuditedAttribute Audit => new(AuditAction.Create, "NeedToKnowAccess");

    public async Task<NeedToKnowView> GrantAsync(Guid patientId, NeedToKnowRequest request, CancellationToken cancellationToken)
    {
        audit.Touch(patientId);
        var patient = await wardPatients.GetAsync(patientId, cancellationToken);
        var now = clock.GetUtcNow();
        var access = new NeedToKnowAccess
        {
            PatientId = patient.Id,
            StaffUserId = user.RequiredId,
            Reason = request.Reason.Trim(),
            GrantedAt = now,
            ExpiresAt = now.AddHours(request.Hours),
        };
        db.NeedToKnowAccesses.Add(access);
        await db.SaveChangesAsync(cancellationToken);
        audit.Touch(patient.Id, access.Id);
        return new NeedToKnowView(access.Id, access.PatientId, access.GrantedAt, access.ExpiresAt);
    }
}
