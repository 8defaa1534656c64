using AllianceTracker.Core.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Administration;

[Authorize(Policy = StaffRole.Admin)]
public class IndexModel : PageModel;
