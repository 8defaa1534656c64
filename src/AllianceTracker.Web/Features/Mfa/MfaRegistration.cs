using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Web.Features.Mfa;

public static class MfaRegistration
{
    public static IServiceCollection AddMfa(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MfaOptions>(configuration.GetSection(MfaOptions.Section));
        services.AddScoped<MfaRequirement>();
        services.AddScoped<SecondFactorCheck>();
        services.AddScoped<MultiFactorSignIn>();

        // replaces Identity's authenticator provider under the same name, so every two-factor API of Identity uses it
        services.AddTransient<TimedAuthenticatorTokenProvider>();
        services.Configure<IdentityOptions>(options => options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] =
            new TokenProviderDescriptor(typeof(TimedAuthenticatorTokenProvider)));

        // the cookie that remembers, for five minutes, who gave the right password until the second step is done
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "__Host-AllianceTracker.SecondStep";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        return services;
    }
}
