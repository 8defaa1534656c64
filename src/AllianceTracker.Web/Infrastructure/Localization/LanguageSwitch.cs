using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Localization;

/// <summary>
/// <c>POST /language</c>: the layout's language switch. Stores the chosen culture in a cookie and goes back to the page
/// the user came from, but only to a page of this site; any other return address leads to the start page. A signed-in
/// member of staff's choice is also kept on their account, so that mail sent to them is written in it.
/// </summary>
public static class LanguageSwitch
{
    public const string Path = "/language";

    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, SwitchAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> SwitchAsync(HttpContext context, IAntiforgery antiforgery, CurrentUser user, AllianceDbContext db)
    {
        if (!await antiforgery.IsRequestValidAsync(context) || !context.Request.HasFormContentType)
        {
            return TypedResults.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? culture = form["culture"];
        if (!UiCultures.IsSupported(culture))
        {
            return TypedResults.BadRequest();
        }

        context.Response.Cookies.Append(
            UiCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
            new CookieOptions
            {
                Path = "/",
                Secure = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
        if (user.Id is { } staffUserId)
        {
            await db.Users.Where(u => u.Id == staffUserId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.UiLanguage, culture), context.RequestAborted);
        }

        string? returnUrl = form["returnUrl"];
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>A path on this site: one leading slash, not "//" or "/\", which browsers read as another host.</summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
