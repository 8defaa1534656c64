using AllianceTracker.Core.Audit;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Patients;

/// <summary>Register a patient on one of the caller's wards; the caller joins the care team.</summary>
[Audited(AuditAction.Create, "Patient")]
public class RegisterModel(AllianceDbContext db, CurrentUser user, PatientAuditScope audit, TimeProvider clock) : FormPage
{
    public IReadOnlyList<SelectListItem> Wards { get; private set; } = [];

    [BindProperty] public Guid WardId { get; set; }
    [BindProperty] public string? DisplayAlias { get; set; }
    [BindProperty] public string PreferredLanguage { get; set; } = "nb";
    [BindProperty] public string? HospitalRecordReference { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadWardsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadWardsAsync(cancellationToken);
        var request = new RegisterPatientRequest(WardId, DisplayAlias ?? "", PreferredLanguage, HospitalRecordReference);
        Guid? registered = null;
        await TryAsync(async () =>
        {
            await ValidateAsync(request);
            registered = (await RegisterPatient.RegisterAsync(request, db, user, audit, clock, cancellationToken)).Id;
        });
        return registered is { } id ? Redirect($"/Patients/{id}") : Page();
    }

    private async Task LoadWardsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var wardIds = db.WardMemberships
            .Where(m => m.StaffUserId == user.RequiredId && m.From <= now && (m.To == null || m.To > now))
            .Select(m => m.WardId);
        Wards = (await db.Wards.AsNoTracking().Where(w => wardIds.Contains(w.Id)).OrderBy(w => w.Name).ToListAsync(cancellationToken))
            .Select(w => new SelectListItem(w.Name, w.Id.ToString())).ToList();
    }
}
