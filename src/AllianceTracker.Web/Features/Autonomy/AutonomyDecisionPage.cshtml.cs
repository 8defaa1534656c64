using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Stays;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>Record an autonomy-limiting decision; the patient's crisis-plan preferences are shown beside the form.</summary>
[Audited(AuditAction.Create, "AutonomyDecision")]
public class AutonomyDecisionPageModel(PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user, TimeProvider clock)
    : FormPage
{
    public Patient Patient { get; private set; } = null!;
    public IReadOnlyList<JurisdictionRule> Rules { get; private set; } = [];
    public IReadOnlyList<CapacityAssessment> Assessments { get; private set; } = [];
    public CrisisPlanContent? CrisisPlan { get; private set; }

    [BindProperty] public Guid RuleId { get; set; }
    [BindProperty] public string? MeansCode { get; set; }
    [BindProperty] public DateTime StartsAt { get; set; }
    [BindProperty] public DateTime? EndsAt { get; set; }
    [BindProperty] public string? MilderMeansTried { get; set; }
    [BindProperty] public string? PatientView { get; set; }
    [BindProperty] public string? PatientViewNotRecordedReason { get; set; }
    [BindProperty] public bool PatientConsented { get; set; }
    [BindProperty] public Guid? CapacityAssessmentId { get; set; }
    [BindProperty] public bool PatientInformedOfComplaintRight { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public bool FormalDecisionMade { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        StartsAt = ToWardTime(clock.GetUtcNow(), zone);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var zone = await LoadAsync(id, cancellationToken);
        var request = new AutonomyDecisionRequest(RuleId, MeansCode, null, FromWardTime(StartsAt, zone),
            EndsAt is { } end ? FromWardTime(end, zone) : null, MilderMeansTried, PatientView, PatientViewNotRecordedReason,
            PatientConsented, CapacityAssessmentId, PatientInformedOfComplaintRight, Rationale, FormalDecisionMade);
        var saved = await TrySaveAsync(request, r => RecordAutonomyDecision.RecordAsync(Patient, r, db, flags, user, clock, cancellationToken));
        return saved ? Redirect($"/Patients/{Patient.Id}") : Page();
    }

    private async Task<string> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        var ward = await db.Wards.AsNoTracking().SingleAsync(w => w.Id == Patient.WardId, cancellationToken);
        Rules = (await db.JurisdictionRules.AsNoTracking().Include(r => r.Means)
            .Where(r => r.JurisdictionCode == ward.JurisdictionCode).ToListAsync(cancellationToken)).OrderBy(r => r.SortOrder).ToList();
        Assessments = (await db.CapacityAssessments.AsNoTracking().Where(a => a.PatientId == Patient.Id).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.AssessedAt).ToList();
        CrisisPlan = (await CrisisPlanEndpoints.CurrentPlanAsync(db.CrisisPlans.AsNoTracking(), Patient.Id, cancellationToken))?.Current;
        return ward.TimeZoneId;
    }
}
