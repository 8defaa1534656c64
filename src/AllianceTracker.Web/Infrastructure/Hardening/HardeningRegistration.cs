using System.Security.Cryptography.X509Certificates;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;

namespace AllianceTracker.Web.Infrastructure.Hardening;

public static class HardeningRegistration
{
    public static IServiceCollection AddAllianceHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HardeningOptions>(configuration.GetSection(HardeningOptions.Section));
        services.AddAllianceRateLimits();
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        // The antiforgery cookie keeps its default name and follows the request's scheme: antiforgery
        // refuses to issue a cookie it must mark Secure on a plain-HTTP request (TLS ends at the proxy).
        services.AddAntiforgery(options =>
        {
            options.HeaderName = ApiAntiforgery.HeaderName;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>
    /// The Data Protection keys live in the database, shared by every node. With
    /// <c>DataProtection:CertificatePath</c> set, they are encrypted at rest with that certificate.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var path = configuration["DataProtection:CertificatePath"];
        return string.IsNullOrWhiteSpace(path)
            ? builder
            : builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]));
    }
}
