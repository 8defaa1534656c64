using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>A staff member's own figures beside their ward's, for the whole period and the one before; nobody else's.</summary>
[Audited(AuditAction.Read, "WardDashboard")]
public class MineModel(WardAccess access, WardDashboardQuery query, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Ward { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<Ward> Wards { get; private set; } = [];

    public Ward? Selected { get; private set; }

    public (WardFigures Ward, WardFigures Own)? Figures { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Wards = await access.MemberWards().OrderBy(w => w.Name).ToListAsync(cancellationToken);
        Selected = Wards.FirstOrDefault(w => w.Id == Ward) ?? Wards.FirstOrDefault();
        if (Selected is null)
        {
            return;
        }

        DashboardRange range;
        try
        {
            range = DashboardRange.Parse(From, To, "month", query.Today(Selected));
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
            return;
        }

        From = range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To = range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Figures = await query.RunBesideAsync(Selected, range, user.RequiredId, cancellationToken);
    }
}
