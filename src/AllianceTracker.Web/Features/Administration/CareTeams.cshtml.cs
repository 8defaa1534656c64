using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.CareTeams;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Administration;

[Authorize(Policy = StaffRole.Admin)]
[Audited(AuditAction.Read, "CareTeamPatientList")]
public class CareTeamListModel(CareTeams.CareTeams teams) : PageModel
{
    public IReadOnlyList<CareTeamListing> Patients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Patients = await teams.ListForAdministratorAsync(cancellationToken);
}
