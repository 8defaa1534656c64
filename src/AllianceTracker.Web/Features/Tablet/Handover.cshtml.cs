using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Tablet;
using AllianceTracker.Data;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>
/// Staff hand one session's patient rating over: on this device (staff are signed out here, and only
/// a staff sign-in returns), or to a ward tablet with a one-time code and its QR code.
/// </summary>
[Audited(AuditAction.Read, "TabletHandover")]
public class HandoverModel(HandoverIssuer issuer, SessionAccess sessions, AllianceDbContext db, SignInManager<StaffUser> signIn, TimeProvider clock) : PageModel
{
    public ClinicalSession Session { get; private set; } = null!;
    public string Alias { get; private set; } = "";
    public IReadOnlyList<TabletHandover> Handovers { get; private set; } = [];
    public IReadOnlyList<RatingView> PatientRatings { get; private set; } = [];
    public IssuedHandover? Issued { get; private set; }
    public string? QrSvg { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(Guid sessionId, CancellationToken cancellationToken) => await LoadAsync(sessionId, cancellationToken);

    public async Task<IActionResult> OnPostCodeAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        Issued = await issuer.IssueAsync(sessionId, HandoverMode.WardTablet, cancellationToken);
        QrSvg = QrCodeSvg.For($"{Request.Scheme}://{Request.Host}/tablet#code={Issued.Code}");
        await LoadAsync(sessionId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostThisDeviceAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var issued = await issuer.IssueAsync(sessionId, HandoverMode.ThisDevice, cancellationToken);
        await signIn.SignOutAsync();
        TempData[TabletPageModel.HandedCodeKey] = issued.Code;
        return Redirect("/tablet");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid sessionId, Guid handoverId, CancellationToken cancellationToken)
    {
        await issuer.RevokeAsync(handoverId, cancellationToken);
        return RedirectToPage(new { sessionId });
    }

    public string StateOf(TabletHandover handover) => handover switch
    {
        { CompletedAt: not null } => "completed",
        { RevokedAt: not null } => "withdrawn",
        { RedeemedAt: not null } => "in use",
        _ when handover.ExpiresAt <= Now => "expired",
        _ => "waiting for the code",
    };

    private async Task LoadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Session = await sessions.GetAsync(sessionId, cancellationToken);
        Alias = await db.Patients.Where(p => p.Id == Session.PatientId).Select(p => p.DisplayAlias).SingleAsync(cancellationToken);
        Handovers = await db.TabletHandovers.AsNoTracking().Where(h => h.SessionId == sessionId)
            .OrderByDescending(h => h.CreatedAt).ToListAsync(cancellationToken);
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.SessionId == sessionId && r.Rater == Rater.Patient)
            .OrderByDescending(r => r.SubmittedAt).ToListAsync(cancellationToken);
        PatientRatings = ratings.Select(r => RatingView.ForStaff(r)!).ToList();
    }
}
