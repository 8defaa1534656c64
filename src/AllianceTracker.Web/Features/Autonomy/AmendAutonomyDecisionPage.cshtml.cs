using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>Amend an autonomy-limiting decision; its legal rule stays, so the form offers only that rule.</summary>
[Audited(AuditAction.Amend, "AutonomyDecision")]
public class AmendAutonomyDecisionPageModel(PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user, TimeProvider clock)
    : AmendPage(db), IAutonomyDecisionForm
{
    public AutonomyDecisionChoices Choices { get; private set; } = null!;

    [BindProperty] public AutonomyDecisionFields Fields { get; set; } = new();
    [BindProperty] public DateTime DecidedAt { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var decision = await LoadAsync(id, cancellationToken);
        ExpectedVersion = decision.CurrentVersion;
        Fields = AutonomyDecisionFields.From(decision.RuleId, decision.Current, at => ToWardTime(at, TimeZoneId));
        DecidedAt = ToWardTime(decision.Current.DecidedAt, TimeZoneId);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var fields = Fields.ToRequest(FromWardTime(DecidedAt, TimeZoneId), local => FromWardTime(local, TimeZoneId));
        var request = new AmendAutonomyDecisionRequest(ExpectedVersion, Reason ?? "", fields.RuleId, fields.MeansCode, fields.DecidedAt,
            fields.StartsAt, fields.EndsAt, fields.MilderMeansTried, fields.PatientView, fields.PatientViewNotRecordedReason,
            fields.PatientConsented, fields.CapacityAssessmentId, fields.PatientInformedOfComplaintRight, fields.Rationale, fields.FormalDecisionMade);
        return await SaveAsync(request, r => RecordAutonomyDecision.AmendAsync(id, r, access, Db, flags, user, clock, HttpContext.RequestAborted));
    }

    private async Task<AutonomyLimitingDecision> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var decision = await Db.AutonomyDecisions.AsNoTracking().Include(d => d.Versions)
            .FindVisibleAsync(id, access, "Autonomy-limiting decision", cancellationToken);
        await ShowAsync(decision.PatientId, decision.Versions, cancellationToken);
        Choices = await AutonomyDecisionChoices.LoadAsync(Db, Patient, decision.RuleId, cancellationToken);
        return decision;
    }
}
