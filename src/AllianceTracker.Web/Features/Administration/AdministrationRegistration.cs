using AllianceTracker.Web.Features.Administration.Staff;
using AllianceTracker.Web.Features.Administration.Wards;
using AllianceTracker.Web.Features.CareTeams;

namespace AllianceTracker.Web.Features.Administration;

public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<Invitations>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<WardAdministration>();
        services.AddScoped<CareTeams.CareTeams>();
        return services;
    }
}
