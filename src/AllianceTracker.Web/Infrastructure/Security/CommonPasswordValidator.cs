using System.Collections.Frozen;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Refuses passwords found on a list of commonly used ones (ASVS 2.1.7), compared without regard
/// to letter case. The list ships inside the application, so no password leaves the server.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    public const int MaximumLength = 128;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        if (password is { Length: > MaximumLength })
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = ValidationMessages.Format("Passwords must be at most {0} characters.", MaximumLength),
            }));
        }

        return Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = ValidationMessages.Translate(
                    "This password is on a list of commonly used passwords. Choose another, for example a few unrelated words."),
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("AllianceTracker.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
