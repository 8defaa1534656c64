using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Tablet;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>The secret an authenticator app is set up with: typed in groups of four, or scanned as a QR code.</summary>
public sealed record AuthenticatorKey(string Grouped, string QrSvg)
{
    private const string Issuer = "AllianceTracker";

    /// <summary>The user's key, made the first time it is asked for. Making one renews the security stamp, so the session is renewed too.</summary>
    public static async Task<AuthenticatorKey> ForAsync(StaffUser user, SignInManager<StaffUser> signIn)
    {
        var key = await signIn.UserManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await signIn.UserManager.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was stored.");
        }

        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30";
        return new AuthenticatorKey(string.Join(' ', key.Chunk(4).Select(group => new string(group))), QrCodeSvg.For(uri));
    }
}
