using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Administration.Wards;

/// <summary>Creates wards and changes their name, time zone and jurisdiction.</summary>
public sealed class WardAdministration(AllianceDbContext db, PatientAuditScope audit, TimeProvider clock)
{
    public const string Resource = "Ward";

    /// <summary>The service serves one hospital: an installation's first ward creates its institution.</summary>
    public const string FirstInstitutionName = "Hospital";

    public async Task<IReadOnlyList<WardView>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Wards.AsNoTracking().OrderBy(w => w.Name)
            .Select(w => new WardView(w.Id, w.Name, w.TimeZoneId, w.JurisdictionCode,
                db.WardMemberships.Count(m => m.WardId == w.Id && m.From <= now && (m.To == null || m.To > now))))
            .ToListAsync(cancellationToken);
    }

    public async Task<WardView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).SingleOrDefault(w => w.Id == id) ?? throw new NotFoundException(Resource);

    /// <summary>The jurisdictions a ward may follow: those with a rule table.</summary>
    public async Task<IReadOnlyList<string>> JurisdictionCodesAsync(CancellationToken cancellationToken) =>
        await db.JurisdictionRules.Select(r => r.JurisdictionCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    public async Task<WardView> CreateAsync(WardRequest request, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.OrderBy(i => i.Name).FirstOrDefaultAsync(cancellationToken)
            ?? db.Institutions.Add(new Institution { Name = FirstInstitutionName }).Entity;
        var ward = new Ward { InstitutionId = institution.Id, Name = "" };
        Apply(ward, request);
        db.Wards.Add(ward);
        await db.SaveChangesAsync(cancellationToken);
        audit.Target(ward.Id);
        return await GetAsync(ward.Id, cancellationToken);
    }

    public async Task<WardView> UpdateAsync(Guid id, WardRequest request, CancellationToken cancellationToken)
    {
        var ward = await db.Wards.SingleOrDefaultAsync(w => w.Id == id, cancellationToken) ?? throw new NotFoundException(Resource);
        Apply(ward, request);
        ward.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(ward.Id, cancellationToken);
    }

    private static void Apply(Ward ward, WardRequest request)
    {
        ward.Name = request.Name!.Trim();
        ward.TimeZoneId = request.TimeZoneId!;
        ward.JurisdictionCode = request.JurisdictionCode!;
    }
}
