using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Goals;

[Audited(AuditAction.Create, "Goal")]
public class GoalPageModel(PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock) : FormPage
{
    public Patient Patient { get; private set; } = null!;

    [BindProperty] public string? PatientWords { get; set; }
    [BindProperty] public string? TherapistFormulation { get; set; }
    [BindProperty] public GoalProposer ProposedBy { get; set; }
    [BindProperty] public GoalAgreement Agreement { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Patient = await access.GetAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        var request = new GoalRequest(PatientWords, TherapistFormulation, ProposedBy, Agreement, GoalStatus.Active);
        var saved = await TrySaveAsync(request, r => GoalEndpoints.AddAsync(Patient.Id, r, db, user, clock, cancellationToken));
        return saved ? Redirect($"/Patients/{Patient.Id}") : Page();
    }
}
