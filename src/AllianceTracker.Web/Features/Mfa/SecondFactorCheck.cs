using AllianceTracker.Core.Audit;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Features.Mfa;

public enum SecondFactorResult
{
    Accepted,
    Refused,
    LockedOut,
}

/// <summary>
/// Checks the second factor of a user who has given the right password: an authenticator code or a recovery code,
/// which is used up. A wrong code counts toward lock-out as a wrong password does; Identity leaves recovery codes out
/// of that count, this does not. Every answer is audited against the account, never with the code.
/// </summary>
public sealed class SecondFactorCheck(UserManager<StaffUser> users, IAuditTrail audit)
{
    public async Task<SecondFactorResult> VerifyAsync(StaffUser user, string code)
    {
        var result = await CheckAsync(user, code);
        await audit.RecordAsync(new AuditEntry(
            AuditAction.SignIn, "SecondFactor", result == SecondFactorResult.Accepted ? AuditOutcome.Success : AuditOutcome.Refused,
            ResourceId: user.Id.ToString()));
        return result;
    }

    private async Task<SecondFactorResult> CheckAsync(StaffUser user, string code)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return SecondFactorResult.LockedOut;
        }

        var normalised = OneTimeCode.Normalise(code);
        var accepted = OneTimeCode.IsAuthenticatorCode(normalised)
            ? await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, normalised)
            : OneTimeCode.IsRecoveryCode(normalised) && (await users.RedeemTwoFactorRecoveryCodeAsync(user, normalised)).Succeeded;
        if (accepted)
        {
            await users.ResetAccessFailedCountAsync(user);
            return SecondFactorResult.Accepted;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? SecondFactorResult.LockedOut : SecondFactorResult.Refused;
    }
}
