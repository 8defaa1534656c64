using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// A staff session ends after 30 minutes without a request (the cookie's sliding expiry) and
/// 12 hours after sign-in however active it is. The sign-in time travels in the cookie's properties,
/// which renewals keep, while the cookie's own issue time moves with every renewal.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    private const string SignedInAtKey = "alliance.signedInAt";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        context.Properties.Items.TryAdd(SignedInAtKey, Now(context.HttpContext).UtcTicks.ToString(CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (!WithinAbsoluteLimit(context.Properties, Now(context.HttpContext)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static bool WithinAbsoluteLimit(AuthenticationProperties properties, DateTimeOffset now) =>
        properties.Items.TryGetValue(SignedInAtKey, out var value)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        && now.UtcTicks - ticks < Absolute.Ticks;

    private static DateTimeOffset Now(HttpContext context) =>
        context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
