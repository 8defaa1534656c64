using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Sessions;

[Audited(AuditAction.Amend, "Session")]
public class AmendSessionPageModel(PatientAccess access, AllianceDbContext db, FlagRecomputer flags, CurrentUser user, TimeProvider clock)
    : AmendPage(db)
{
    public Guid SessionId { get; private set; }
    public Guid? FollowsUpDecisionId { get; private set; }

    [BindProperty] public SessionKind Kind { get; set; }
    [BindProperty] public DateTime StartsAt { get; set; }
    [BindProperty] public int DurationMinutes { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(id, cancellationToken);
        ExpectedVersion = session.CurrentVersion;
        Kind = session.Current.Kind;
        StartsAt = ToWardTime(session.Current.StartsAt, TimeZoneId);
        DurationMinutes = session.Current.DurationMinutes;
        Note = session.Current.Note;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var request = new AmendSessionRequest(ExpectedVersion, Reason ?? "", Kind, FromWardTime(StartsAt, TimeZoneId), DurationMinutes, Note,
            FollowsUpDecisionId);
        return await SaveAsync(request, r => SessionEndpoints.AmendSessionAsync(id, r, access, Db, flags, user, clock, HttpContext.RequestAborted));
    }

    private async Task<ClinicalSession> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await Db.Sessions.AsNoTracking().Include(s => s.Versions).FindVisibleAsync(id, access, "Session", cancellationToken);
        SessionId = session.Id;
        FollowsUpDecisionId = session.Current.FollowsUpDecisionId;
        await ShowAsync(session.PatientId, session.Versions, cancellationToken);
        return session;
    }
}
