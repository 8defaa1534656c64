namespace AllianceTracker.Web.Features.Tablet;

public static class TabletRegistration
{
    public static IServiceCollection AddTablet(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TabletOptions>(configuration.GetSection(TabletOptions.Section));
        services.AddSingleton<TabletCredentials>();
        services.AddScoped<TabletForms>();
        services.AddScoped<CodeAttemptLimiter>();
        services.AddScoped<HandoverIssuer>();
        services.AddScoped<HandoverRedeemer>();
        services.AddScoped<TabletSubmissions>();
        return services;
    }
}
