using System.Globalization;
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
    private Summaries.WardTime _wardTime = null!;

    /// <summary>An instant as the ward's clock shows it, whatever the server's own time zone.</summary>
    public string WardClock(DateTimeOffset instant, string format = "yyyy-MM-dd HH:mm") =>
        _wardTime.Local(instant).ToString(format, CultureInfo.InvariantCulture);

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

    private async Task LoadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Session = await sessions.GetAsync(sessionId, cancellationToken);
        var patient = await (from p in db.Patients
                             join w in db.Wards on p.WardId equals w.Id
                             where p.Id == Session.PatientId
                             select new { p.DisplayAlias, w.TimeZoneId }).SingleAsync(cancellationToken);
        Alias = patient.DisplayAlias;
        _wardTime = Summaries.WardTime.Of(patient.TimeZoneId);
        Handovers = await db.TabletHandovers.AsNoTracking().Where(h => h.SessionId == sessionId)
            .OrderByDescending(h => h.CreatedAt).ToListAsync(cancellationToken);
        var ratings = await db.Ratings.AsNoTracking().Where(r => r.SessionId == sessionId && r.Rater == Rater.Patient)
            .OrderByDescending(r => r.SubmittedAt).ToListAsync(cancellationToken);
        PatientRatings = ratings.Select(r => RatingView.ForStaff(r)!).ToList();
    }
}
