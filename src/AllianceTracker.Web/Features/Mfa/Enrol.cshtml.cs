using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>
/// Sets up two-step sign-in: the user adds the key to an authenticator app, confirms with a code from it, and is
/// shown ten recovery codes once. A user who must use a second factor reaches only this page until it is done.
/// </summary>
public class EnrolModel(SignInManager<StaffUser> signIn, MultiFactorSignIn multiFactor, IAuditTrail audit) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public AuthenticatorKey? Key { get; private set; }

    public bool AlreadyEnrolled { get; private set; }

    public bool CodeRefused { get; private set; }

    /// <summary>Shown once, in the answer to the confirmation, and never stored in a readable form.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        AlreadyEnrolled = user.TwoFactorEnabled;
        if (!AlreadyEnrolled)
        {
            Key = await AuthenticatorKey.ForAsync(user, signIn);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            AlreadyEnrolled = true;
            return Page();
        }

        if (Code is null || !OneTimeCode.IsAuthenticatorCode(Code)
            || !await signIn.UserManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, OneTimeCode.Normalise(Code)))
        {
            CodeRefused = true;
            Key = await AuthenticatorKey.ForAsync(user, signIn);
            return Page();
        }

        // renews the security stamp: the user's other sessions end, this one is signed in again with the second factor
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await multiFactor.UpgradeAsync(user);
        await audit.RecordAsync(new AuditEntry(AuditAction.Administer, "MfaEnrolment", AuditOutcome.Success, ResourceId: user.Id.ToString()));
        return Page();
    }
}
