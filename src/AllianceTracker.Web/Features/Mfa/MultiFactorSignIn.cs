using System.Security.Claims;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>Signs a user in as having shown a second factor: the session carries "amr": "mfa".</summary>
public sealed class MultiFactorSignIn(SignInManager<StaffUser> signIn)
{
    private static readonly Claim[] MultiFactor = [new(AuthenticationMethods.ClaimType, AuthenticationMethods.MultiFactor)];

    /// <summary>The second step of sign-in: the session starts, and the short-lived cookie of the password step goes.</summary>
    public async Task CompleteAsync(StaffUser user)
    {
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, MultiFactor);
    }

    /// <summary>After enrolment within a session: the session gains the claim and keeps its sign-in time, so its 12-hour limit.</summary>
    public async Task UpgradeAsync(StaffUser user)
    {
        var current = await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(user, current.Properties, MultiFactor);
    }
}
