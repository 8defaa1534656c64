using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Dashboard;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.NeedToKnow;

/// <summary>
/// The patients on the wards the caller currently works on: the only patients a need-to-know access may be
/// asked for. Anyone else's patient answers 404, so the lookup does not tell that a patient exists.
/// </summary>
public sealed class WardPatients(AllianceDbContext db, WardAccess wards, CurrentUser user, TimeProvider clock)
{
    public IQueryable<Patient> OnCallersWards()
    {
        var wardIds = wards.MemberWards().Select(w => w.Id);
        return db.Patients.Where(p => wardIds.Contains(p.WardId));
    }

    public async Task<Patient> GetAsync(Guid patientId, CancellationToken cancellationToken) =>
        await OnCallersWards().SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken)
        ?? throw new NotFoundException("Patient");

    /// <summary>Each patient of the caller's wards, alias only, with whether and until when the caller may open the record.</summary>
    public Task<List<WardPatientRow>> ListAsync(CancellationToken cancellationToken)
    {
        var userId = user.RequiredId;
        var now = clock.GetUtcNow();
        return OnCallersWards()
            .Join(db.Wards, p => p.WardId, w => w.Id, (p, w) => new { Patient = p, Ward = w.Name })
            .OrderBy(x => x.Ward).ThenBy(x => x.Patient.DisplayAlias)
            .Select(x => new WardPatientRow(
                x.Patient.Id,
                x.Patient.DisplayAlias,
                x.Ward,
                db.CareTeamMemberships.Any(m =>
                    m.PatientId == x.Patient.Id && m.StaffUserId == userId && m.From <= now && (m.To == null || m.To > now)),
                db.NeedToKnowAccesses
                    .Where(a => a.PatientId == x.Patient.Id && a.StaffUserId == userId && a.GrantedAt <= now && a.ExpiresAt > now)
                    .OrderByDescending(a => a.ExpiresAt)
                    .Select(a => (DateTimeOffset?)a.ExpiresAt)
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}

public sealed record WardPatientRow(Guid Id, string Alias, string Ward, bool OnCareTeam, DateTimeOffset? AccessUntil);
