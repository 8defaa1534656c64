using System.Security.Claims;
using AllianceTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>Succeeds only on a positive finding in the database; anything else (no user, no row, an error) leaves it failed.</summary>
public sealed class CareTeamAuthorizationHandler(AllianceDbContext db, TimeProvider clock)
    : AuthorizationHandler<CareTeamRequirement, PatientResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, CareTeamRequirement requirement, PatientResource resource)
    {
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var allowed = await db.Patients
            .WhereVisibleTo(db, userId, now)
            .AnyAsync(p => p.Id == resource.PatientId);
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
