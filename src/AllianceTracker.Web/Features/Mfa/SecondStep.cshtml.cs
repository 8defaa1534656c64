using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Infrastructure.Hardening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>The second step of sign-in, after the right password: a code from the authenticator app or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class SecondStepModel(SignInManager<StaffUser> signIn, SecondFactorCheck check, MultiFactorSignIn multiFactor) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public SecondFactorResult? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? BackToSignIn() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return BackToSignIn();
        }

        Outcome = await check.VerifyAsync(user, Code ?? "");
        if (Outcome != SecondFactorResult.Accepted)
        {
            return Page();
        }

        await multiFactor.CompleteAsync(user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Patients");
    }

    /// <summary>The password step is missing or more than five minutes old.</summary>
    private RedirectToPageResult BackToSignIn() => RedirectToPage("/Account/SignIn", new { ReturnUrl });
}
