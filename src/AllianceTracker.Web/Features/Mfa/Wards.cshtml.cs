using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>An administrator chooses, per ward, whether its therapists must use two-step sign-in.</summary>
[Authorize(Policy = StaffRole.Admin)]
public class WardsModel(AllianceDbContext db, IAuditTrail audit) : PageModel
{
    [BindProperty]
    public Guid WardId { get; set; }

    [BindProperty]
    public bool Required { get; set; }

    public IReadOnlyList<Ward> Wards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Wards = await db.Wards.AsNoTracking().OrderBy(w => w.Name).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ward = await db.Wards.SingleOrDefaultAsync(w => w.Id == WardId, cancellationToken) ?? throw new NotFoundException("Ward");
        ward.TherapistsMustUseMfa = Required;
        ward.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditAction.Administer, "WardMfaRequirement", AuditOutcome.Success, ResourceId: ward.Id.ToString()), cancellationToken);
        return RedirectToPage();
    }
}
