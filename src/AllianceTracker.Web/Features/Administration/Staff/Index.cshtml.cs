using AllianceTracker.Core.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Administration.Staff;

[Authorize(Policy = StaffRole.Admin)]
public class StaffListModel(StaffAdministration admin) : PageModel
{
    public IReadOnlyList<StaffView> Staff { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Staff = await admin.ListAsync(cancellationToken);
}
