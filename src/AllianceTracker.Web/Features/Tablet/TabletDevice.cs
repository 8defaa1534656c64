using System.Security.Cryptography;
using System.Text;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>
/// Tells tablets apart for the per-tablet limit on wrong codes: a random id in a cookie the tablet
/// page sets, or the client address when a caller sends no cookie. Only a hash reaches the database.
/// </summary>
public static class TabletDevice
{
    public const string CookieName = "__Host-AllianceTablet-Device";

    public static void EnsureCookie(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey(CookieName))
        {
            return;
        }

        context.Response.Cookies.Append(CookieName, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
    }

    public static string KeyOf(HttpContext context)
    {
        var identity = context.Request.Cookies.TryGetValue(CookieName, out var id) && !string.IsNullOrEmpty(id)
            ? "cookie:" + id
            : "address:" + context.Connection.RemoteIpAddress;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }
}
