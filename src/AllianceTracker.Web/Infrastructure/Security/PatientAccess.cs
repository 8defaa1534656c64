using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// The one way handlers reach patient data: lists are filtered by care team in the query, and a
/// patient fetched by id passes the care-team handler or is reported as not found (never as forbidden,
/// which would tell that the record exists).
/// </summary>
public sealed class PatientAccess(
    AllianceDbContext db, CurrentUser user, IAuthorizationService authorization, PatientAuditScope audit, TimeProvider clock)
{
    public IQueryable<Patient> VisiblePatients() =>
        db.Patients.WhereVisibleTo(db, user.RequiredId, clock.GetUtcNow());

    public async Task<Patient> GetAsync(Guid patientId, CancellationToken cancellationToken)
    {
        audit.Touch(patientId);
        await EnsureAccessAsync(patientId);
        return await db.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken)
            ?? throw new NotFoundException("Patient");
    }

    /// <summary>For records fetched by their own id: checks access to the patient they belong to.</summary>
    public async Task EnsureAccessAsync(Guid patientId, Guid? resourceId = null)
    {
        audit.Touch(patientId, resourceId);
        var result = await authorization.AuthorizeAsync(user.Principal, new PatientResource(patientId), CareTeamRequirement.Policy);
        if (!result.Succeeded)
        {
            throw new NotFoundException("Patient");
        }
    }

    /// <summary>For a record read together with whether its patient is among <see cref="VisiblePatients"/>.</summary>
    public void EnsureVisible(Guid patientId, Guid resourceId, bool visible)
    {
        audit.Touch(patientId, resourceId);
        if (!visible)
        {
            throw new NotFoundException("Patient");
        }
    }
}
