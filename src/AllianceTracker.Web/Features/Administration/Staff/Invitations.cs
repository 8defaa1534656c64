using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Features.Administration.Staff;

/// <summary>
/// The one-time link with which an invited staff member sets their password: Identity's password-reset token, so it
/// expires after <see cref="Validity"/> and stops working once used, or once the account's security stamp changes.
/// </summary>
public sealed class Invitations(StaffUserManager users, TimeProvider clock)
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(72);

    public const string SetPasswordPath = "/Account/SetPassword";

    public async Task<InvitationView> IssueAsync(StaffUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var url = $"{SetPasswordPath}?user={user.Id}&token={Uri.EscapeDataString(token)}";
        return new InvitationView(user.Id, url, clock.GetUtcNow().Add(Validity));
    }

    /// <summary>Sets the password under the password policy; an unknown, used or expired link is refused.</summary>
    public async Task AcceptAsync(Guid userId, string token, string password)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var result = user is { IsDisabled: false }
            ? await users.ResetPasswordAsync(user, token, password)
            : IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        if (result.Succeeded)
        {
            return;
        }

        var invalidLink = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
        throw invalidLink
            ? RequestValidationException.For("token", "This link is not valid: it has expired or has been used. Ask an administrator for a new one.")
            : new RequestValidationException(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
    }
}
