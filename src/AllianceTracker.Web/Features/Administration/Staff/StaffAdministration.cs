using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Administration.Staff;

/// <summary>
/// An administrator's changes to staff accounts. Role changes, disabling and an MFA reset end the account's sessions
/// (through <see cref="StaffUserManager"/> and the security stamp); an administrator cannot lock themselves out.
/// </summary>
public sealed class StaffAdministration(
    StaffUserManager users,
    Invitations invitations,
    AllianceDbContext db,
    CurrentUser caller,
    PatientAuditScope audit,
    TimeProvider clock)
{
    public const string Resource = "StaffUser";

    public async Task<IReadOnlyList<StaffView>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var roleNames = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var wards = await db.WardMemberships.Where(m => m.From <= now && (m.To == null || m.To > now))
            .Join(db.Wards, m => m.WardId, w => w.Id, (m, w) => new { m.StaffUserId, Ward = new WardName(w.Id, w.Name) })
            .ToListAsync(cancellationToken);
        return accounts.Select(u => new StaffView(
            u.Id,
            u.DisplayName,
            u.Email ?? "",
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            wards.Where(w => w.StaffUserId == u.Id).Select(w => w.Ward).OrderBy(w => w.Name).ToList(),
            u.IsDisabled,
            u.TwoFactorEnabled)).ToList();
    }

    public async Task<StaffView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).SingleOrDefault(s => s.Id == id) ?? throw new NotFoundException(Resource);

    public async Task<InvitationView> InviteAsync(InviteStaffRequest request, CancellationToken cancellationToken)
    {
        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw RequestValidationException.For("email", "A staff account with this e-mail address exists already.");
        }

        await EnsureWardsExistAsync(request.WardIds!, cancellationToken);
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = request.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        Require(await users.CreateAsync(user), "email");
        audit.Target(user.Id);
        Require(await users.AddToRolesAsync(user, request.Roles!.Distinct()), "roles");
        AddMemberships(user.Id, request.WardIds!.Distinct());
        await db.SaveChangesAsync(cancellationToken);
        return await invitations.IssueAsync(user);
    }

    public async Task SetRolesAsync(Guid id, StaffRolesRequest request, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id);
        var wanted = request.Roles!.Distinct().ToList();
        if (id == caller.RequiredId && !wanted.Contains(StaffRole.Admin))
        {
            throw RequestValidationException.For("roles", "You cannot remove your own Admin role; ask another administrator.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        if (removed.Count > 0)
        {
            Require(await users.RemoveFromRolesAsync(user, removed), "roles");
        }

        if (added.Count > 0)
        {
            Require(await users.AddToRolesAsync(user, added), "roles");
        }
    }

    /// <summary>Ends the memberships of wards left out and starts those of wards added; past memberships stay on record.</summary>
    public async Task SetWardsAsync(Guid id, StaffWardsRequest request, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id);
        var wanted = request.WardIds!.Distinct().ToList();
        await EnsureWardsExistAsync(wanted, cancellationToken);
        var now = clock.GetUtcNow();
        var current = await db.WardMemberships
            .Where(m => m.StaffUserId == user.Id && m.From <= now && (m.To == null || m.To > now))
            .ToListAsync(cancellationToken);
        foreach (var ended in current.Where(m => !wanted.Contains(m.WardId)))
        {
            ended.To = now;
        }

        AddMemberships(user.Id, wanted.Except(current.Select(m => m.WardId)));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetDisabledAsync(Guid id, StaffStatusRequest request)
    {
        var user = await FindAsync(id);
        if (id == caller.RequiredId && request.Disabled == true)
        {
            throw RequestValidationException.For("disabled", "You cannot disable your own account.");
        }

        Require(await users.SetDisabledAsync(user, request.Disabled!.Value), "disabled");
    }

    /// <summary>The staff member enrols again at their next sign-in; resetting the key also ends their sessions.</summary>
    public async Task ResetMfaAsync(Guid id)
    {
        var user = await FindAsync(id);
        Require(await users.ResetAuthenticatorKeyAsync(user), "mfa");
        Require(await users.SetTwoFactorEnabledAsync(user, false), "mfa");
        // asking for no new recovery codes replaces the old ones with none
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
    }

    private async Task<StaffUser> FindAsync(Guid id)
    {
        audit.Target(id);
        return await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(Resource);
    }

    private void AddMemberships(Guid userId, IEnumerable<Guid> wardIds) =>
        db.WardMemberships.AddRange(wardIds.Select(wardId => new WardMembership { StaffUserId = userId, WardId = wardId, From = clock.GetUtcNow() }));

    private async Task EnsureWardsExistAsync(IReadOnlyCollection<Guid> wardIds, CancellationToken cancellationToken)
    {
        var found = await db.Wards.CountAsync(w => wardIds.Contains(w.Id), cancellationToken);
        if (found != wardIds.Distinct().Count())
        {
            throw RequestValidationException.For("wardIds", "A ward in the list does not exist.");
        }
    }

    private static void Require(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [field] = result.Errors.Select(e => e.Description).ToArray(),
            });
        }
    }
}
