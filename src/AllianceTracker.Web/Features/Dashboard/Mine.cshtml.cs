using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>A staff member's own figures beside their ward's, for the whole period and the one before; nobody else's.</summary>
[Audited(AuditAction.Read, "WardDashboard")]
public class MineModel(WardAccess access, WardDashboardQuery query, CurrentUser user) : WardPeriodPage
{
    public (WardFigures Ward, WardFigures Own)? Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ChooseAsync(access.MemberWards(), "month", query, cancellationToken) is { } range)
        {
            Figures = await query.RunBesideAsync(Selected!, range, user.RequiredId, cancellationToken);
        }
    }
}
