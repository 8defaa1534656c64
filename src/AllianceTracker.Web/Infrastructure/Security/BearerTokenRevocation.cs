using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Bearer tokens carry the security stamp of their user, but the bearer handler does not compare it
/// with the stored one. This does, on every request, so signing out, disabling the account or changing
/// its roles refuses tokens issued before, as it ends cookie sessions.
/// </summary>
public sealed class BearerTokenRevocation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SignInManager<StaffUser> signIn)
    {
        if (IdentityRegistration.PresentsBearerToken(context.Request) && context.User.Identity?.IsAuthenticated == true
            && await signIn.ValidateSecurityStampAsync(context.User) is not { IsDisabled: false })
        {
            context.User = new System.Security.Claims.ClaimsPrincipal();
        }

        await next(context);
    }
}
