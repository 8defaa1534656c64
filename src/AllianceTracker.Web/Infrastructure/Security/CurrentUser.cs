using System.Security.Claims;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>The signed-in staff member of this request; anonymous callers have no id.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid RequiredId => Id ?? throw new UnauthorizedAccessException("No staff member is signed in.");

    public bool IsInRole(string role) => Principal.IsInRole(role);
}
