using AllianceTracker.Web.Infrastructure.Hardening;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.SingleSignOn;

/// <summary>The sign-in button posts here (with the antiforgery token); the browser goes on to the hospital's provider.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class StartModel(IOptions<SingleSignOnOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => options.Value.Enabled
        ? Challenge(
            new AuthenticationProperties { RedirectUri = Url.Page(SingleSignOnRegistration.CompletePage, new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null }) },
            SingleSignOnOptions.Scheme)
        : NotFound();
}
