using System.Security.Claims;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>The "amr" claim (RFC 8176) Identity sets on sign-in: "pwd" after a password, "mfa" after a second factor.</summary>
public static class AuthenticationMethods
{
    public const string ClaimType = "amr";
    public const string Password = "pwd";
    public const string MultiFactor = "mfa";

    public static bool UsedMultiFactor(ClaimsPrincipal principal) =>
        principal.HasClaim(ClaimType, MultiFactor);
}
