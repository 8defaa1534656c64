using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>
/// One-time 6-digit codes. Only a salted HMAC-SHA-256 of a code is stored ("v1:salt:mac"), so a code
/// can be checked but never read back; matching scans the few codes that are live at the time.
/// </summary>
public static class HandoverCodes
{
    public const int Length = 6;
    private const string Version = "v1";

    public static string Generate() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(char.IsAsciiDigit);

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Version}:{Convert.ToBase64String(salt)}:{Mac(salt, code)}";
    }

    public static bool Matches(string? storedHash, string code)
    {
        var parts = storedHash?.Split(':');
        if (parts is not [Version, var salt, var mac])
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(Mac(Convert.FromBase64String(salt), code)));
    }

    private static string Mac(byte[] salt, string code) =>
        Convert.ToHexString(HMACSHA256.HashData(salt, Encoding.ASCII.GetBytes(code)));
}
