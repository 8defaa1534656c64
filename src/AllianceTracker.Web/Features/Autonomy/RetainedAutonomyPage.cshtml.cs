using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>The domains where the patient still decides, with dates; each can be amended, e.g. to close it.</summary>
[Audited(AuditAction.Create, "RetainedAutonomy")]
public class RetainedAutonomyPageModel(PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock) : FormPage
{
    public Patient Patient { get; private set; } = null!;
    public IReadOnlyList<RetainedAutonomyView> Records { get; private set; } = [];

    [BindProperty] public AutonomyDomain Domain { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateTime From { get; set; }
    [BindProperty] public DateTime? To { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        From = ToWardTime(clock.GetUtcNow(), zone).Date;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        var request = new RetainedAutonomyRequest(Domain, Description, FromWardTime(From, zone), To is { } to ? FromWardTime(to, zone) : null);
        var saved = await TrySaveAsync(request, r => RetainedAutonomyEndpoints.AddAsync(Patient.Id, r, db, user, clock, cancellationToken));
        return saved ? RedirectToPage() : Page();
    }

    private async Task<string> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        Records = (await db.RetainedAutonomy.AsNoTracking().Include(r => r.Versions).Where(r => r.PatientId == Patient.Id).ToListAsync(cancellationToken))
            .OrderBy(r => r.Current.From).Select(RetainedAutonomyView.From).ToList();
        return await WardTimeZoneAsync(db, Patient, cancellationToken);
    }
}
