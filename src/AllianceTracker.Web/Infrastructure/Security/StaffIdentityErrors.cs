using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Identity's messages that reach staff (setting a password, inviting a colleague) in the reader's language, as
/// validation messages are: a page's, or Identity's own English for the API.
/// </summary>
public sealed class StaffIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), ValidationMessages.Format("Passwords must be at least {0} characters.", length));

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), ValidationMessages.Format("Email '{0}' is already taken.", email));

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), ValidationMessages.Format("Username '{0}' is already taken.", userName));

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), ValidationMessages.Format("Email '{0}' is invalid.", email ?? ""));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
