namespace AllianceTracker.Web.Features.NeedToKnow;

public static class NeedToKnowRegistration
{
    public static IServiceCollection AddNeedToKnow(this IServiceCollection services)
    {
        services.AddScoped<WardPatients>();
        services.AddScoped<GrantNeedToKnow>();
        services.AddScoped<AccessReview>();
        return services;
    }
}
