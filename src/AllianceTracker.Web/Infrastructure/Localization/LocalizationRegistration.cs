using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AllianceTracker.Web.Infrastructure.Localization;

/// <summary>
/// Staff pages follow the user's language (the switch's cookie, then the browser's Accept-Language, then
/// <c>Localization:DefaultCulture</c>); the API answers in the invariant culture whatever the request or the server says.
/// </summary>
public static class LocalizationRegistration
{
    public static IServiceCollection AddAllianceLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        var defaultCulture = configuration["Localization:DefaultCulture"] ?? UiCultures.Bokmal;
        if (!UiCultures.IsSupported(defaultCulture))
        {
            throw new InvalidOperationException(
                $"Localization:DefaultCulture is '{defaultCulture}'; it must be one of {string.Join(", ", UiCultures.Supported)}.");
        }

        services.AddLocalization();
        services.AddSingleton<EnumNames>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(defaultCulture);
            options.AddSupportedCultures([.. UiCultures.Supported]);
            options.AddSupportedUICultures([.. UiCultures.Supported]);
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = UiCultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static void UseAllianceLocalization(this IApplicationBuilder app)
    {
        app.UseWhen(IsApi, api => api.Use(InInvariantCulture));
        app.UseWhen(context => !IsApi(context), pages => pages.UseRequestLocalization());
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static Task InInvariantCulture(HttpContext context, RequestDelegate next)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return next(context);
    }
}
