using System.Security.Claims;
using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Checks a session cookie's security stamp on every request (the interval is zero), and refuses
/// a disabled account even when its stamp still matches. A stamp that matches keeps the principal as it is: every
/// change of roles, e-mail or name renews the stamp, so rebuilding the principal (four more queries a request) would
/// find the same claims, and keeping it keeps how the user signed in ("amr": "mfa").
/// </summary>
public sealed class ActiveStaffStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<StaffUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<StaffUser>(options, signInManager, logger)
{
    protected override async Task<StaffUser?> VerifySecurityStamp(ClaimsPrincipal? principal) =>
        await base.VerifySecurityStamp(principal) is { IsDisabled: false } user ? user : null;

    // the cookie is still renewed on every request, so the idle limit counts from the last request
    protected override Task SecurityStampVerified(StaffUser user, CookieValidatePrincipalContext context)
    {
        context.ShouldRenew = true;
        return Task.CompletedTask;
    }
}
