using System.Security.Claims;
using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.SingleSignOn;

public enum ExternalSignInResult
{
    SignedIn,
    SecondStepRequired,
    UnknownUser,
    Disabled,
    NoRole,
    LockedOut,
    Failed,
}

/// <summary>
/// Turns a person the hospital's provider vouched for into a staff session. The person is found by the link made the
/// first time (provider subject → staff account); without one, the configured claim is compared with staff e-mail
/// addresses and the link is made. No account is ever created here. Roles are set from the provider's claims at every
/// sign-in. A second factor shown at the provider counts as the local one; otherwise the local two-step rules apply.
/// Every answer is audited.
/// </summary>
public sealed class ExternalStaffSignIn(SignInManager<StaffUser> signIn, IOptions<SingleSignOnOptions> options, IAuditTrail audit)
{
    public const string AuditResource = "SingleSignOn";

    private static readonly Claim[] MultiFactor = [new(AuthenticationMethods.ClaimType, AuthenticationMethods.MultiFactor)];

    private UserManager<StaffUser> Users => signIn.UserManager;

    public async Task<ExternalSignInResult> SignInAsync(ClaimsPrincipal external)
    {
        var subject = external.FindFirstValue(SingleSignOnOptions.SubjectClaim);
        var user = subject is null ? null : await FindOrLinkAsync(subject, external);
        var result = user is null ? ExternalSignInResult.UnknownUser : await SignInKnownAsync(user, subject!, external);
        await audit.RecordAsync(new AuditEntry(AuditAction.SignIn, AuditResource, OutcomeOf(result), ResourceId: user?.Id.ToString()));
        return result;
    }

    private async Task<StaffUser?> FindOrLinkAsync(string subject, ClaimsPrincipal external)
    {
        if (await Users.FindByLoginAsync(SingleSignOnOptions.Scheme, subject) is { } linked)
        {
            return linked;
        }

        var identifier = external.FindFirstValue(options.Value.UserClaim);
        if (string.IsNullOrWhiteSpace(identifier) || await Users.FindByEmailAsync(identifier) is not { } user)
        {
            return null;
        }

        // an account already linked to another person at the provider is not taken over by a matching address
        if ((await Users.GetLoginsAsync(user)).Any(login => login.LoginProvider == SingleSignOnOptions.Scheme))
        {
            return null;
        }

        var link = await Users.AddLoginAsync(user, new UserLoginInfo(SingleSignOnOptions.Scheme, subject, options.Value.DisplayName));
        return link.Succeeded ? user : null;
    }

    private async Task<ExternalSignInResult> SignInKnownAsync(StaffUser user, string subject, ClaimsPrincipal external)
    {
        if (user.IsDisabled)
        {
            return ExternalSignInResult.Disabled;
        }

        if (await Users.IsLockedOutAsync(user))
        {
            return ExternalSignInResult.LockedOut;
        }

        var roles = options.Value.RolesOf(external);
        if (roles.Count == 0)
        {
            return ExternalSignInResult.NoRole;
        }

        await SynchroniseRolesAsync(user, roles);
        if (options.Value.AssertsMultiFactor(external))
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, MultiFactor);
            return ExternalSignInResult.SignedIn;
        }

        // Identity's own path: asks for the local second factor of an account that has one
        var result = await signIn.ExternalLoginSignInAsync(SingleSignOnOptions.Scheme, subject, isPersistent: false, bypassTwoFactor: false);
        return result switch
        {
            { Succeeded: true } => ExternalSignInResult.SignedIn,
            { RequiresTwoFactor: true } => ExternalSignInResult.SecondStepRequired,
            { IsLockedOut: true } => ExternalSignInResult.LockedOut,
            _ => ExternalSignInResult.Failed,
        };
    }

    /// <summary>A change renews the security stamp (StaffUserManager), so the account's other sessions end.</summary>
    private async Task SynchroniseRolesAsync(StaffUser user, IReadOnlySet<string> roles)
    {
        var current = await Users.GetRolesAsync(user);
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        if (removed.Count > 0)
        {
            await Succeed(Users.RemoveFromRolesAsync(user, removed));
        }

        if (added.Count > 0)
        {
            await Succeed(Users.AddToRolesAsync(user, added));
        }
    }

    private static async Task Succeed(Task<IdentityResult> change)
    {
        var result = await change;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Synchronising roles failed: {string.Join(", ", result.Errors.Select(e => e.Code))}.");
        }
    }

    private static AuditOutcome OutcomeOf(ExternalSignInResult result) => result switch
    {
        ExternalSignInResult.SignedIn or ExternalSignInResult.SecondStepRequired => AuditOutcome.Success,
        ExternalSignInResult.Failed => AuditOutcome.Failed,
        _ => AuditOutcome.Refused,
    };
}
