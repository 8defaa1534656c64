using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>Record the follow-up conversation after an autonomy-limiting decision: offered, held or declined, and the session it took place in.</summary>
[Audited(AuditAction.Create, "FollowUpConversation")]
public class FollowUpPageModel(PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user, TimeProvider clock) : FormPage
{
    public Patient Patient { get; private set; } = null!;
    public AutonomyLimitingDecision Decision { get; private set; } = null!;
    public string Section { get; private set; } = "";
    public IReadOnlyList<ClinicalSession> Sessions { get; private set; } = [];
    public string TimeZoneId { get; private set; } = null!;

    [BindProperty] public DateTime OfferedAt { get; set; }
    [BindProperty] public DateTime? HeldAt { get; set; }
    [BindProperty] public bool DeclinedByPatient { get; set; }
    [BindProperty] public Guid? SessionId { get; set; }
    [BindProperty] public string? Note { get; set; }

    public DateTime WardTime(DateTimeOffset at) => ToWardTime(at, TimeZoneId);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        OfferedAt = ToWardTime(clock.GetUtcNow(), TimeZoneId);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var request = new FollowUpRequest(FromWardTime(OfferedAt, TimeZoneId), HeldAt is { } held ? FromWardTime(held, TimeZoneId) : null,
            DeclinedByPatient, SessionId, Note);
        var saved = await TrySaveAsync(request, r => RecordFollowUp.RecordAsync(id, r, access, db, flags, user, clock, cancellationToken));
        return saved ? Redirect($"/Patients/{Patient.Id}") : Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Decision = await db.AutonomyDecisions.AsNoTracking().Include(d => d.FollowUps)
            .FindVisibleAsync(id, access, "Autonomy-limiting decision", cancellationToken);
        Patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == Decision.PatientId, cancellationToken);
        TimeZoneId = await WardTimeZoneAsync(db, Patient, cancellationToken);
        Section = await db.JurisdictionRules.Where(r => r.Id == Decision.RuleId).Select(r => r.Section).SingleAsync(cancellationToken);
        Sessions = (await db.Sessions.AsNoTracking().Where(s => s.PatientId == Patient.Id).ToListAsync(cancellationToken))
            .Where(s => s.Current.StartsAt >= Decision.Current.StartsAt).OrderByDescending(s => s.Current.StartsAt).ToList();
    }
}
