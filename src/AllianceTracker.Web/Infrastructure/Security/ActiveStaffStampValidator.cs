using System.Security.Claims;
using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Checks a session cookie's security stamp on every request (the interval is zero), and refuses
/// a disabled account even when its stamp still matches.
/// </summary>
public sealed class ActiveStaffStampValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<StaffUser> signInManager, ILoggerFactory logger)
    : SecurityStampValidator<StaffUser>(options, signInManager, logger)
{
    protected override async Task<StaffUser?> VerifySecurityStamp(ClaimsPrincipal? principal) =>
        await base.VerifySecurityStamp(principal) is { IsDisabled: false } user ? user : null;
}
