using System.Globalization;
using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>
/// Checks authenticator-app codes (RFC 6238, 30-second steps, one step of drift either way) on the application's
/// clock, and accepts each time step once: a code seen by someone looking over a shoulder cannot be used again
/// (ASVS 2.8.4), which Identity's own authenticator provider does not ensure. The last accepted step is kept with
/// the user's other Identity tokens.
/// </summary>
public sealed class TimedAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<StaffUser>
{
    private const string Store = "[AspNetUserStore]";
    private const string LastStep = "AuthenticatorLastStep";
    private static readonly VerificationWindow OneStepEitherWay = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the user's app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key)
            || !new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, OneStepEitherWay))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, Store, LastStep);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, Store, LastStep, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
