using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Decisions;

[Audited(AuditAction.Amend, "TreatmentDecision")]
public class AmendDecisionPageModel(PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user, TimeProvider clock)
    : AmendPage(db)
{
    [BindProperty] public DecisionTopic Topic { get; set; }
    [BindProperty] public DateTime DecidedAt { get; set; }
    [BindProperty] public string? OptionsDiscussed { get; set; }
    [BindProperty] public string? PatientPreference { get; set; }
    [BindProperty] public string? ClinicianRecommendation { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DecisionMaker DecidedBy { get; set; }
    [BindProperty] public AgreementPosition PatientPosition { get; set; }
    [BindProperty] public DecisionStage Stage { get; set; }
    [BindProperty] public string? Rationale { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var decision = await LoadAsync(id, cancellationToken);
        var current = decision.Current;
        ExpectedVersion = decision.CurrentVersion;
        Topic = current.Topic;
        DecidedAt = ToWardTime(current.DecidedAt, TimeZoneId);
        OptionsDiscussed = current.OptionsDiscussed;
        PatientPreference = current.PatientPreference;
        ClinicianRecommendation = current.ClinicianRecommendation;
        Outcome = current.Outcome;
        DecidedBy = current.DecidedBy;
        PatientPosition = current.PatientPosition;
        Stage = current.Stage;
        Rationale = current.Rationale;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var request = new AmendTreatmentDecisionRequest(ExpectedVersion, Reason ?? "", Topic, FromWardTime(DecidedAt, TimeZoneId), OptionsDiscussed,
            PatientPreference, ClinicianRecommendation, Outcome, DecidedBy, PatientPosition, Stage, Rationale);
        return await SaveAsync(request, r => DecisionEndpoints.AmendDecisionAsync(id, r, access, Db, flags, user, clock, HttpContext.RequestAborted));
    }

    private async Task<TreatmentDecision> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var decision = await Db.TreatmentDecisions.AsNoTracking().Include(d => d.Versions)
            .FindVisibleAsync(id, access, "Treatment decision", cancellationToken);
        await ShowAsync(decision.PatientId, decision.Versions, cancellationToken);
        return decision;
    }
}
