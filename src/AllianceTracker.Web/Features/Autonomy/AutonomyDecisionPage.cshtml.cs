using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>Record an autonomy-limiting decision; the patient's crisis-plan preferences are shown beside the form.</summary>
[Audited(AuditAction.Create, "AutonomyDecision")]
public class AutonomyDecisionPageModel(PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user, TimeProvider clock)
    : FormPage, IAutonomyDecisionForm
{
    public Patient Patient { get; private set; } = null!;
    public AutonomyDecisionChoices Choices { get; private set; } = null!;

    [BindProperty] public AutonomyDecisionFields Fields { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        Fields.StartsAt = ToWardTime(clock.GetUtcNow(), zone);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        var request = Fields.ToRequest(null, local => FromWardTime(local, zone));
        var saved = await TrySaveAsync(request, r => RecordAutonomyDecision.RecordAsync(Patient, r, db, flags, user, clock, cancellationToken));
        return saved ? Redirect($"/Patients/{Patient.Id}") : Page();
    }

    private async Task<string> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        Choices = await AutonomyDecisionChoices.LoadAsync(db, Patient, null, cancellationToken);
        return await WardTimeZoneAsync(db, Patient, cancellationToken);
    }
}
