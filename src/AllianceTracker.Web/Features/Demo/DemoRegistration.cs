using AllianceTracker.Web.Infrastructure.Database;

namespace AllianceTracker.Web.Features.Demo;

public static class DemoRegistration
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DemoAccounts>();
        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            services.AddScoped<IStartupTask, DemoDataSeeder>();
        }

        return services;
    }
}
