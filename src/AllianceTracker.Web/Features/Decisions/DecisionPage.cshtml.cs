using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Decisions;

[Audited(AuditAction.Create, "TreatmentDecision")]
public class DecisionPageModel(PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user, TimeProvider clock)
    : FormPage
{
    public Patient Patient { get; private set; } = null!;

    [BindProperty] public DecisionTopic Topic { get; set; }
    [BindProperty] public DateTime DecidedAt { get; set; }
    [BindProperty] public string? OptionsDiscussed { get; set; }
    [BindProperty] public string? PatientPreference { get; set; }
    [BindProperty] public string? ClinicianRecommendation { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DecisionMaker DecidedBy { get; set; } = DecisionMaker.Jointly;
    [BindProperty] public AgreementPosition PatientPosition { get; set; }
    [BindProperty] public DecisionStage Stage { get; set; } = DecisionStage.AssessingLevelsOfAutonomy;
    [BindProperty] public string? Rationale { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        DecidedAt = ToWardTime(clock.GetUtcNow(), zone);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        var request = new TreatmentDecisionRequest(Topic, FromWardTime(DecidedAt, zone), OptionsDiscussed, PatientPreference,
            ClinicianRecommendation, Outcome, DecidedBy, PatientPosition, Stage, Rationale, null);
        var saved = await TrySaveAsync(request, r => DecisionEndpoints.RecordAsync(Patient, r, db, flags, user, clock, cancellationToken));
        return saved ? Redirect($"/Patients/{Patient.Id}") : Page();
    }

    private async Task<string> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        return await WardTimeZoneAsync(db, Patient, cancellationToken);
    }
}
