using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

[Audited(AuditAction.Amend, "RetainedAutonomy")]
public class AmendRetainedAutonomyPageModel(PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock) : AmendPage(db)
{
    [BindProperty] public AutonomyDomain Domain { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateTime From { get; set; }
    [BindProperty] public DateTime? To { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await LoadAsync(id, cancellationToken);
        ExpectedVersion = record.CurrentVersion;
        Domain = record.Current.Domain;
        Description = record.Current.Description;
        From = ToWardTime(record.Current.From, TimeZoneId).Date;
        To = record.Current.To is { } to ? ToWardTime(to, TimeZoneId).Date : null;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var request = new AmendRetainedAutonomyRequest(ExpectedVersion, Reason ?? "", Domain, Description, FromWardTime(From, TimeZoneId),
            To is { } to ? FromWardTime(to, TimeZoneId) : null);
        return await SaveAsync(request, r => RetainedAutonomyEndpoints.AmendRecordAsync(id, r, access, Db, user, clock, HttpContext.RequestAborted));
    }

    private async Task<RetainedAutonomy> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await Db.RetainedAutonomy.AsNoTracking().Include(r => r.Versions).FindVisibleAsync(id, access, "Retained autonomy", cancellationToken);
        await ShowAsync(record.PatientId, record.Versions, cancellationToken);
        return record;
    }
}
