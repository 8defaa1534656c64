namespace AllianceTracker.Web.Features.Mfa;

/// <summary>
/// What a user types as their second factor: the six digits of the authenticator app, or a recovery code
/// (ten letters and digits, shown as two groups of five). Spaces and a missing dash are forgiven.
/// </summary>
public static class OneTimeCode
{
    public const int MaxLength = 32;

    public static bool IsAuthenticatorCode(string code) => Compact(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    public static bool IsRecoveryCode(string code) => Compact(code) is { Length: 10 } letters && letters.All(char.IsAsciiLetterOrDigit);

    public static bool IsWellFormed(string code) => IsAuthenticatorCode(code) || IsRecoveryCode(code);

    /// <summary>The code as the store keeps it: digits alone, or a recovery code as "XXXXX-XXXXX".</summary>
    public static string Normalise(string code)
    {
        var compact = Compact(code).ToUpperInvariant();
        return IsRecoveryCode(compact) ? $"{compact[..5]}-{compact[5..]}" : compact;
    }

    private static string Compact(string code) => new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
}
