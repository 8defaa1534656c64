using AllianceTracker.Web.Infrastructure.Hardening;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.SingleSignOn;

/// <summary>
/// Where the provider's answer ends: the staff session starts here, or the page says why not. The browser arrives at the
/// end of redirects begun on the provider's site, and carries no SameSite=Strict cookie on them; so the page moves on
/// itself (a Refresh header, and a link), a navigation of this site that sends the new session cookie.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class CompleteModel(ExternalStaffSignIn staffSignIn, IOptions<SingleSignOnOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ExternalSignInResult Result { get; private set; } = ExternalSignInResult.Failed;

    public string ProviderName => options.Value.DisplayName;

    public string? ContinueTo { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (external is { Succeeded: true, Principal: { } principal })
        {
            Result = await staffSignIn.SignInAsync(principal);
        }

        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Patients";
        ContinueTo = Result switch
        {
            ExternalSignInResult.SignedIn => returnUrl,
            ExternalSignInResult.SecondStepRequired => Url.Page("/Mfa/SecondStep", new { ReturnUrl = returnUrl }),
            _ => null,
        };
        if (ContinueTo is not null)
        {
            Response.Headers["Refresh"] = $"0;url={ContinueTo}";
        }

        return Page();
    }
}
