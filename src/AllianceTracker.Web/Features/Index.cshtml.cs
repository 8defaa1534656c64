using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features;

public class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Patients/Index");
}
