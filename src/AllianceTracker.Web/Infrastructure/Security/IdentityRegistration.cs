using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Administration.Staff;
using AllianceTracker.Web.Infrastructure.Hardening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceTracker.Web.Infrastructure.Security;

public static class IdentityRegistration
{
    public const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddAllianceIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(options =>
            {
                // ASVS 2.1: length, not composition; no expiry; common passwords refused by CommonPasswordValidator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddUserStore<StaffUserStore>()
            .AddEntityFrameworkStores<AllianceDbContext>()
            .AddUserManager<StaffUserManager>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<StaffIdentityErrors>()
            .AddDefaultTokenProviders();
        // the password-reset token is the invitation's set-password link
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = Invitations.Validity);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, ActiveStaffStampValidator>());
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "__Host-AllianceTracker";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.ExpireTimeSpan = SessionLifetime.Idle;
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionLifetime.OnSigningIn;
            options.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipal;
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        // API callers may present a bearer token instead of the cookie; the browser keeps using the cookie.
        services.AddAuthentication(options =>
            {
                options.DefaultAuthenticateScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromMinutes(30))
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                PresentsBearerToken(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);

        services.AddDataProtection().PersistKeysToDbContext<AllianceDbContext>().SetApplicationName("AllianceTracker")
            .ProtectKeysWithConfiguredCertificate(configuration);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(CareTeamRequirement.Policy, policy => policy.AddRequirements(new CareTeamRequirement()))
            .AddPolicy(StaffRole.Admin, policy => policy.RequireRole(StaffRole.Admin))
            .AddPolicy(StaffRole.WardManager, policy => policy.RequireRole(StaffRole.WardManager, StaffRole.Admin));
        services.AddScoped<IAuthorizationHandler, CareTeamAuthorizationHandler>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<PatientAccess>();
        return services;
    }

    public static bool PresentsBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal);

    /// <summary>API callers get a status code; browsers are redirected to the sign-in page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
