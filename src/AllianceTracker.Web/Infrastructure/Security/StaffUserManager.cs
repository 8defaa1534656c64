using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// The user manager, with the rule that a change of roles or disabling an account ends every
/// session and bearer token of that user: each renews the security stamp, which every request checks.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<StaffUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<StaffUser> passwordHasher,
    IEnumerable<IUserValidator<StaffUser>> userValidators,
    IEnumerable<IPasswordValidator<StaffUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<StaffUser>> logger)
    : UserManager<StaffUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> AddToRoleAsync(StaffUser user, string role) =>
        ThenEndSessionsAsync(user, base.AddToRoleAsync(user, role));

    public override Task<IdentityResult> AddToRolesAsync(StaffUser user, IEnumerable<string> roles) =>
        ThenEndSessionsAsync(user, base.AddToRolesAsync(user, roles));

    public override Task<IdentityResult> RemoveFromRoleAsync(StaffUser user, string role) =>
        ThenEndSessionsAsync(user, base.RemoveFromRoleAsync(user, role));

    public override Task<IdentityResult> RemoveFromRolesAsync(StaffUser user, IEnumerable<string> roles) =>
        ThenEndSessionsAsync(user, base.RemoveFromRolesAsync(user, roles));

    /// <summary>Disables or re-enables the account; disabling ends its sessions at once.</summary>
    public Task<IdentityResult> SetDisabledAsync(StaffUser user, bool disabled)
    {
        user.IsDisabled = disabled;
        return UpdateSecurityStampAsync(user);
    }

    private async Task<IdentityResult> ThenEndSessionsAsync(StaffUser user, Task<IdentityResult> change)
    {
        var result = await change;
        return result.Succeeded ? await UpdateSecurityStampAsync(user) : result;
    }
}
