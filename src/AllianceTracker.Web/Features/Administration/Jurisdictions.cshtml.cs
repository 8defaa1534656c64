using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Administration.Wards;
using AllianceTracker.Web.Features.Jurisdictions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Administration;

/// <summary>Each jurisdiction's rule table, read-only: section, measure and what the rule requires.</summary>
[Authorize(Policy = StaffRole.Admin)]
public class JurisdictionsModel(AllianceDbContext db, WardAdministration wards) : PageModel
{
    public IReadOnlyList<(string Code, IReadOnlyList<JurisdictionRuleView> Rules)> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tables = new List<(string, IReadOnlyList<JurisdictionRuleView>)>();
        foreach (var code in await wards.JurisdictionCodesAsync(cancellationToken))
        {
            tables.Add((code, await JurisdictionEndpoints.LoadAsync(db, code, cancellationToken)));
        }

        Tables = tables;
    }
}
