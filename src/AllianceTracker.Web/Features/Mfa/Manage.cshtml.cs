using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>The user's own two-step sign-in: new recovery codes, or turning it off where it is not required.</summary>
public class ManageModel(SignInManager<StaffUser> signIn, MfaRequirement requirement, IAuditTrail audit) : PageModel
{
    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool MayTurnOff { get; private set; }

    public bool MayChooseWards => User.IsInRole(StaffRole.Admin);

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await signIn.UserManager.GetUserAsync(User) is { } user ? await ShowAsync(user, cancellationToken) : Challenge();

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, EnrolModel.RecoveryCodeCount) ?? []];
        await audit.RecordAsync(new AuditEntry(AuditAction.Administer, "MfaRecoveryCodes", AuditOutcome.Success, ResourceId: user.Id.ToString()), cancellationToken);
        return await ShowAsync(user, cancellationToken);
    }

    public async Task<IActionResult> OnPostTurnOffAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage();
        }

        if (await requirement.AppliesToAsync(User, cancellationToken))
        {
            await audit.RecordAsync(new AuditEntry(AuditAction.Administer, "MfaTurnedOff", AuditOutcome.Refused, ResourceId: user.Id.ToString()), cancellationToken);
            return Forbid();
        }

        // a later enrolment gets a new key; both changes renew the security stamp, so other sessions end and this one is renewed
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, false);
        await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
        await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(new AuditEntry(AuditAction.Administer, "MfaTurnedOff", AuditOutcome.Success, ResourceId: user.Id.ToString()), cancellationToken);
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(StaffUser user, CancellationToken cancellationToken)
    {
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = Enabled ? await signIn.UserManager.CountRecoveryCodesAsync(user) : 0;
        MayTurnOff = Enabled && !await requirement.AppliesToAsync(User, cancellationToken);
        return Page();
    }
}
