using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Start-up task: the staff roles exist in every installation, with or without demo data, so that an account an
/// administrator creates or one signed in through the hospital's provider can be given them.
/// </summary>
public sealed class CreateStaffRoles : IStartupTask
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var existing = await services.GetRequiredService<RoleManager<IdentityRole<Guid>>>().Roles
            .Select(r => r.Name!).ToListAsync(cancellationToken);
        foreach (var role in StaffRole.All.Except(existing))
        {
            // a scope of its own: a refused insert stays out of the other start-up tasks' database context
            using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            try
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
            catch (DbUpdateException)
            {
                // a second node starting at the same moment may have created it first
                if (!await roles.RoleExistsAsync(role))
                {
                    throw;
                }
            }
        }
    }
}
