using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AllianceTracker.Web.Features.SingleSignOn;

public static class SingleSignOnRegistration
{
    public const string CompletePage = "/SingleSignOn/Complete";

    public static IServiceCollection AddSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SingleSignOnOptions.Section);
        services.Configure<SingleSignOnOptions>(section);
        services.AddScoped<ExternalStaffSignIn>();

        var settings = section.Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        if (settings.RoleMap.Values.FirstOrDefault(role => !StaffRole.All.Contains(role)) is { } unknown)
        {
            throw new InvalidOperationException(
                $"{SingleSignOnOptions.Section}:RoleMap maps to '{unknown}', which is not a role ({string.Join(", ", StaffRole.All)}).");
        }

        services.AddAuthentication().AddOpenIdConnect(SingleSignOnOptions.Scheme, settings.DisplayName, options =>
        {
            // the provider's identity lands in Identity's short-lived external cookie; the staff session starts on the complete page
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // a provider on this machine (a test provider) may speak plain HTTP; any other must use HTTPS
            options.RequireHttpsMetadata = !new Uri(settings.Authority!).IsLoopback;
            // claim names as the provider sends them, so the configured names are the ones in its tokens
            options.MapInboundClaims = false;
            options.ClaimActions.Remove("amr");
            options.ClaimActions.Remove("acr");
            options.Scope.Clear();
            foreach (var scope in settings.EffectiveScopes)
            {
                options.Scope.Add(scope);
            }

            options.Events.OnRemoteFailure = RefuseAsync;
        });
        return services;
    }

    /// <summary>The provider refused, or its answer did not validate: audited, and the complete page says so.</summary>
    private static async Task RefuseAsync(RemoteFailureContext context)
    {
        context.HandleResponse();
        await context.HttpContext.RequestServices.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditEntry(AuditAction.SignIn, ExternalStaffSignIn.AuditResource, AuditOutcome.Failed));
        context.Response.Redirect(CompletePage);
    }
}
