using System.ComponentModel.DataAnnotations;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Demo;
using AllianceTracker.Web.Features.Mfa;
using AllianceTracker.Web.Infrastructure.Hardening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public class SignInModel(SignInManager<StaffUser> signIn, DemoAccounts demo, IWebHostEnvironment environment, IOptions<MfaOptions> mfa) : PageModel
{
    [BindProperty]
    [Required]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public SignInProblem? Problem { get; private set; }

    public IReadOnlyList<DemoAccount> DemoAccounts =>
        environment.IsDevelopment() && demo.Enabled ? demo.All : [];

    public bool MfaEnforced => mfa.Value.Enforce;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.UserManager.FindByEmailAsync(Email);
        if (user is null || user.IsDisabled)
        {
            Problem = SignInProblem.WrongCredentials;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Patients");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Mfa/SecondStep", new { ReturnUrl });
        }

        Problem = result.IsLockedOut ? SignInProblem.LockedOut : SignInProblem.WrongCredentials;
        return Page();
    }
}

/// <summary>Why a sign-in was refused, as the page words it; a wrong e-mail and a wrong password read the same.</summary>
public enum SignInProblem
{
    WrongCredentials,
    LockedOut,
}
