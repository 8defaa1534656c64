using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Goals;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Goals;

[Audited(AuditAction.Amend, "Goal")]
public class AmendGoalPageModel(PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock) : AmendPage(db)
{
    [BindProperty] public string? PatientWords { get; set; }
    [BindProperty] public string? TherapistFormulation { get; set; }
    [BindProperty] public GoalProposer ProposedBy { get; set; }
    [BindProperty] public GoalAgreement Agreement { get; set; }
    [BindProperty] public GoalStatus Status { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var goal = await LoadAsync(id, cancellationToken);
        ExpectedVersion = goal.CurrentVersion;
        PatientWords = goal.Current.PatientWords;
        TherapistFormulation = goal.Current.TherapistFormulation;
        ProposedBy = goal.Current.ProposedBy;
        Agreement = goal.Current.Agreement;
        Status = goal.Current.Status;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var request = new AmendGoalRequest(ExpectedVersion, Reason ?? "", PatientWords, TherapistFormulation, ProposedBy, Agreement, Status);
        return await SaveAsync(request, r => GoalEndpoints.AmendGoalAsync(id, r, access, Db, user, clock, HttpContext.RequestAborted));
    }

    private async Task<Goal> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var goal = await Db.Goals.AsNoTracking().Include(g => g.Versions).FindVisibleAsync(id, access, "Goal", cancellationToken);
        await ShowAsync(goal.PatientId, goal.Versions, cancellationToken);
        return goal;
    }
}
