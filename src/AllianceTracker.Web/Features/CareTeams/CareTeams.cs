using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.CareTeams;

/// <summary>
/// Who is on a patient's care team. An administrator manages any patient's team without reading clinical content;
/// a therapist on the team may add a colleague of the patient's ward. Memberships end, they are never deleted.
/// </summary>
public sealed class CareTeams(AllianceDbContext db, CurrentUser caller, PatientAccess access, PatientAuditScope audit, TimeProvider clock)
{
    public const string Resource = "CareTeamMembership";

    public async Task<CareTeamView> GetAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var patient = await ReachAsync(patientId, cancellationToken);
        var now = clock.GetUtcNow();
        var members = await CurrentMemberships(patientId, now)
            .Join(db.Users, m => m.StaffUserId, u => u.Id, (m, u) => new CareTeamMemberView(u.Id, u.DisplayName, m.Role, m.From))
            .ToListAsync(cancellationToken);
        var ward = await db.Wards.Where(w => w.Id == patient.WardId).Select(w => w.Name).SingleAsync(cancellationToken);
        return new CareTeamView(patient.Id, patient.DisplayAlias, ward, members.OrderBy(m => m.DisplayName).ToList());
    }

    /// <summary>Every patient by alias and ward, with the size of their team: the administrator's way to a team.</summary>
    public async Task<IReadOnlyList<CareTeamListing>> ListForAdministratorAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Patients.AsNoTracking()
            .Join(db.Wards, p => p.WardId, w => w.Id, (p, w) => new { Patient = p, Ward = w.Name })
            .OrderBy(x => x.Ward).ThenBy(x => x.Patient.DisplayAlias)
            .Select(x => new CareTeamListing(x.Patient.Id, x.Patient.DisplayAlias, x.Ward,
                db.CareTeamMemberships.Count(m => m.PatientId == x.Patient.Id && m.From <= now && (m.To == null || m.To > now))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Active staff the caller may add: anyone for an administrator, colleagues of the patient's ward for a therapist.</summary>
    public async Task<IReadOnlyList<CareTeamCandidate>> CandidatesAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var patient = await ReachAsync(patientId, cancellationToken);
        var now = clock.GetUtcNow();
        var onTeam = CurrentMemberships(patientId, now).Select(m => m.StaffUserId);
        var staff = db.Users.Where(u => !u.IsDisabled && !onTeam.Contains(u.Id));
        if (!caller.IsInRole(StaffRole.Admin))
        {
            staff = staff.Where(u => WardMembers(patient.WardId, now).Contains(u.Id));
        }

        return await staff.OrderBy(u => u.DisplayName).Select(u => new CareTeamCandidate(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }

    public async Task<CareTeamMemberView> AddAsync(Guid patientId, CareTeamMemberRequest request, CancellationToken cancellationToken)
    {
        var patient = await ReachAsync(patientId, cancellationToken);
        var now = clock.GetUtcNow();
        var isAdmin = caller.IsInRole(StaffRole.Admin);
        if (!isAdmin && !(caller.IsInRole(StaffRole.Therapist) && await CurrentMemberships(patientId, now).AnyAsync(m => m.StaffUserId == caller.RequiredId, cancellationToken)))
        {
            throw new ForbiddenException();
        }

        var staffUserId = request.StaffUserId!.Value;
        var colleague = await db.Users.SingleOrDefaultAsync(u => u.Id == staffUserId && !u.IsDisabled, cancellationToken)
            ?? throw RequestValidationException.For("staffUserId", "No active staff member has this id.");
        if (!isAdmin && !await WardMembers(patient.WardId, now).ContainsAsync(staffUserId, cancellationToken))
        {
            throw RequestValidationException.For("staffUserId", "You can add a colleague of the patient's ward only.");
        }

        if (await CurrentMemberships(patientId, now).AnyAsync(m => m.StaffUserId == staffUserId, cancellationToken))
        {
            throw RequestValidationException.For("staffUserId", "This staff member is on the care team already.");
        }

        var membership = new CareTeamMembership
        {
            PatientId = patientId, StaffUserId = staffUserId, Role = request.Role, From = now, AddedBy = caller.RequiredId,
        };
        db.CareTeamMemberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        audit.Touch(patientId, membership.Id);
        return new CareTeamMemberView(staffUserId, colleague.DisplayName, membership.Role, membership.From);
    }

    /// <summary>Ends a membership; the last member stays, so that someone can always see the patient.</summary>
    public async Task RemoveAsync(Guid patientId, Guid staffUserId, CancellationToken cancellationToken)
    {
        await ReachAsync(patientId, cancellationToken);
        var now = clock.GetUtcNow();
        var current = await CurrentMemberships(patientId, now).ToListAsync(cancellationToken);
        var membership = current.SingleOrDefault(m => m.StaffUserId == staffUserId) ?? throw new NotFoundException("Care-team member");
        audit.Touch(patientId, membership.Id);
        if (current.Count == 1)
        {
            throw RequestValidationException.For("staffUserId", "The last member of a care team cannot be removed: add another member first.");
        }

        membership.To = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An administrator reaches any patient (alias and ward only); anyone else only one they may see.</summary>
    private async Task<Patient> ReachAsync(Guid patientId, CancellationToken cancellationToken)
    {
        audit.Touch(patientId);
        if (!caller.IsInRole(StaffRole.Admin))
        {
            await access.EnsureAccessAsync(patientId);
        }

        return await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken)
            ?? throw new NotFoundException("Patient");
    }

    private IQueryable<CareTeamMembership> CurrentMemberships(Guid patientId, DateTimeOffset now) =>
        db.CareTeamMemberships.Where(m => m.PatientId == patientId && m.From <= now && (m.To == null || m.To > now));

    private IQueryable<Guid> WardMembers(Guid wardId, DateTimeOffset now) =>
        db.WardMemberships.Where(m => m.WardId == wardId && m.From <= now && (m.To == null || m.To > now)).Select(m => m.StaffUserId);
}
