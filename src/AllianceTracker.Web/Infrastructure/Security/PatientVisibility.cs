using AllianceTracker.Core.Patients;
using AllianceTracker.Data;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>The care-team filter, applied inside every patient query (lists included).</summary>
public static class PatientVisibility
{
    public static IQueryable<Patient> WhereVisibleTo(
        this IQueryable<Patient> patients, AllianceDbContext db, Guid userId, DateTimeOffset now) =>
        patients.Where(p =>
            db.CareTeamMemberships.Any(m =>
                m.PatientId == p.Id && m.StaffUserId == userId && m.From <= now && (m.To == null || m.To > now)) ||
            db.NeedToKnowAccesses.Any(a =>
                a.PatientId == p.Id && a.StaffUserId == userId && a.GrantedAt <= now && a.ExpiresAt > now));
}
