using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>The patient's crisis-plan preferences: the first save starts the plan, later saves append versions.</summary>
[Audited(AuditAction.Amend, "CrisisPlan")]
public class CrisisPlanPageModel(PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock) : FormPage
{
    public Patient Patient { get; private set; } = null!;
    public VersionHistory? History { get; private set; }

    [BindProperty] public int ExpectedVersion { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? LeastIntrusiveMeasure { get; set; }
    [BindProperty] public string? WhatHelpsToCalmDown { get; set; }
    [BindProperty] public string? WhatMakesItWorse { get; set; }
    [BindProperty] public string? OtherPreferences { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(id, cancellationToken);
        if (plan is not null)
        {
            ExpectedVersion = plan.CurrentVersion;
            LeastIntrusiveMeasure = plan.Current.LeastIntrusiveMeasure;
            WhatHelpsToCalmDown = plan.Current.WhatHelpsToCalmDown;
            WhatMakesItWorse = plan.Current.WhatMakesItWorse;
            OtherPreferences = plan.Current.OtherPreferences;
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var request = new CrisisPlanRequest(ExpectedVersion, Reason, LeastIntrusiveMeasure, WhatHelpsToCalmDown, WhatMakesItWorse, OtherPreferences);
        var saved = await TrySaveAsync(request, r => CrisisPlanEndpoints.SaveAsync(Patient.Id, r, db, user, clock, cancellationToken));
        return saved ? RedirectToPage() : Page();
    }

    private async Task<CrisisPlan?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        var plan = await CrisisPlanEndpoints.CurrentPlanAsync(db.CrisisPlans.AsNoTracking().Include(c => c.Versions), Patient.Id, cancellationToken);
        if (plan is not null)
        {
            var zone = await WardTimeZoneAsync(db, Patient, cancellationToken);
            History = await VersionHistory.LoadAsync(plan.Versions, db, zone, cancellationToken);
        }

        return plan;
    }
}
