using System.Security.Claims;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Mfa;

/// <summary>
/// Who must sign in with a second factor: every Admin and WardManager, and a Therapist who currently works on a ward
/// whose setting asks for it — while enforcement is on.
/// </summary>
public sealed class MfaRequirement(AllianceDbContext db, IOptions<MfaOptions> options, TimeProvider clock)
{
    public bool Enforced => options.Value.Enforce;

    /// <summary>For the signed-in user of a request; a caller without a staff id (the tablet) is never asked.</summary>
    public Task<bool> AppliesToAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? AppliesToAsync(userId, [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)], cancellationToken)
            : Task.FromResult(false);

    public async Task<bool> AppliesToAsync(Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!Enforced)
        {
            return false;
        }

        if (roles.Contains(StaffRole.Admin) || roles.Contains(StaffRole.WardManager))
        {
            return true;
        }

        return roles.Contains(StaffRole.Therapist)
            && await WardAccess.CurrentWardsOf(db, userId, clock.GetUtcNow()).AnyAsync(w => w.TherapistsMustUseMfa, cancellationToken);
    }
}
