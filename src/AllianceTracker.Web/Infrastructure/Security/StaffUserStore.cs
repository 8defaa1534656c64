using AllianceTracker.Data;
using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Security;

/// <summary>
/// Identity's EF store, finding an account by id with a plain query. Every signed-in request finds its account by id;
/// the stock store uses <c>DbSet.FindAsync</c>, whose key EF evaluates by compiling an expression on every call, and
/// each compiled expression is a dynamic method the finalizer must free later: a share of every request's processor time.
/// </summary>
public sealed class StaffUserStore(AllianceDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<StaffUser, IdentityRole<Guid>, AllianceDbContext, Guid>(context, describer)
{
    public override async Task<StaffUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var id = ConvertIdFromString(userId);
        // as FindAsync: an account this request already holds is not read again
        return Context.Set<StaffUser>().Local.FindEntry(id)?.Entity
            ?? await Users.FirstOrDefaultAsync(user => user.Id == id, cancellationToken);
    }
}
