using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Administration.Staff;
using AllianceTracker.Web.Features.Administration.Wards;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.Administration;

/// <summary>Staff accounts and wards (administrators). Every change is audited with who, what, target and outcome.</summary>
public static class AdministrationEndpoints
{
    public static void MapAdministrationEndpoints(this IEndpointRouteBuilder api)
    {
        var staffChange = new AuditedAttribute(AuditAction.Administer, StaffAdministration.Resource);
        var staff = api.MapGroup("/staff").WithTags("Administration").RequireAuthorization(StaffRole.Admin);
        staff.MapGet("/", (StaffAdministration admin, CancellationToken cancellationToken) => admin.ListAsync(cancellationToken))
            .WithSummary("Staff accounts: name, e-mail, roles, wards, disabled or not, MFA enrolled or not.");
        staff.MapPost("/", InviteAsync).Validate<InviteStaffRequest>().WithMetadata(staffChange)
            .WithSummary("Invites a staff member: creates the account without a password and answers a one-time set-password link (72 hours).");
        staff.MapPut("/{id:guid}/roles", (Guid id, StaffRolesRequest request, StaffAdministration admin, CancellationToken cancellationToken) =>
                NoContentAfter(admin.SetRolesAsync(id, request, cancellationToken)))
            .Validate<StaffRolesRequest>().WithMetadata(staffChange)
            .WithSummary("Sets the account's roles; its sessions and tokens end.");
        staff.MapPut("/{id:guid}/wards", (Guid id, StaffWardsRequest request, StaffAdministration admin, CancellationToken cancellationToken) =>
                NoContentAfter(admin.SetWardsAsync(id, request, cancellationToken)))
            .Validate<StaffWardsRequest>().WithMetadata(staffChange)
            .WithSummary("Sets the wards the staff member works on.");
        staff.MapPut("/{id:guid}/status", (Guid id, StaffStatusRequest request, StaffAdministration admin) =>
                NoContentAfter(admin.SetDisabledAsync(id, request)))
            .Validate<StaffStatusRequest>().WithMetadata(staffChange)
            .WithSummary("Disables or enables the account; disabling ends its sessions and tokens.");
        staff.MapPost("/{id:guid}/mfa-reset", (Guid id, StaffAdministration admin) => NoContentAfter(admin.ResetMfaAsync(id)))
            .WithMetadata(staffChange)
            .WithSummary("Removes the account's authenticator and recovery codes; the staff member enrols again.");

        var wardChange = new AuditedAttribute(AuditAction.Administer, WardAdministration.Resource);
        var wards = api.MapGroup("/wards").WithTags("Administration").RequireAuthorization(StaffRole.Admin);
        wards.MapPost("/", CreateWardAsync).Validate<WardRequest>().WithMetadata(wardChange)
            .WithSummary("Creates a ward with its time zone and jurisdiction.");
        wards.MapPut("/{id:guid}", (Guid id, WardRequest request, WardAdministration admin, CancellationToken cancellationToken) =>
                admin.UpdateAsync(id, request, cancellationToken))
            .Validate<WardRequest>().WithMetadata(wardChange)
            .WithSummary("Changes a ward's name, time zone or jurisdiction.");
    }

    private static async Task<Created<InvitationView>> InviteAsync(
        InviteStaffRequest request, StaffAdministration admin, CancellationToken cancellationToken)
    {
        var invitation = await admin.InviteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/staff/{invitation.Id}", invitation);
    }

    private static async Task<Created<WardView>> CreateWardAsync(WardRequest request, WardAdministration admin, CancellationToken cancellationToken)
    {
        var ward = await admin.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/wards/{ward.Id}", ward);
    }

    private static async Task<NoContent> NoContentAfter(Task change)
    {
        await change;
        return TypedResults.NoContent();
    }
}
