using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;

namespace AllianceTracker.Web.Features.Administration.Staff;

/// <summary>A new staff member: an account without a password, and a one-time link to set one.</summary>
public sealed record InviteStaffRequest(string? DisplayName, string? Email, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? WardIds);

public sealed record StaffRolesRequest(IReadOnlyList<string>? Roles);

public sealed record StaffWardsRequest(IReadOnlyList<Guid>? WardIds);

public sealed record StaffStatusRequest(bool? Disabled);

public sealed record InvitationView(Guid Id, string SetPasswordUrl, DateTimeOffset ExpiresAt);

public sealed record StaffView(
    Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles, IReadOnlyList<WardName> Wards, bool Disabled, bool MfaEnrolled);

public sealed record WardName(Guid Id, string Name);

public sealed class InviteStaffRequestValidator : AbstractValidator<InviteStaffRequest>
{
    public const int MaximumNameLength = 200;

    public InviteStaffRequestValidator()
    {
        RuleFor(r => r.DisplayName).NotEmpty().WithMessage("Give the staff member's name.")
            .MaximumLength(MaximumNameLength).WithMessage("The name can be at most {MaxLength} characters.");
        RuleFor(r => r.Email).NotEmpty().WithMessage("Give the staff member's e-mail address.")
            .EmailAddress().WithMessage("This is not an e-mail address.")
            .MaximumLength(256).WithMessage("The e-mail address can be at most 256 characters.");
        RuleFor(r => r.Roles).StaffRoles();
        RuleFor(r => r.WardIds).NotNull().WithMessage("Choose the wards the staff member works on (the list may be empty).");
    }
}

public sealed class StaffRolesRequestValidator : AbstractValidator<StaffRolesRequest>
{
    public StaffRolesRequestValidator() => RuleFor(r => r.Roles).StaffRoles();
}

public sealed class StaffWardsRequestValidator : AbstractValidator<StaffWardsRequest>
{
    public StaffWardsRequestValidator() =>
        RuleFor(r => r.WardIds).NotNull().WithMessage("Choose the wards the staff member works on (the list may be empty).");
}

public sealed class StaffStatusRequestValidator : AbstractValidator<StaffStatusRequest>
{
    public StaffStatusRequestValidator() =>
        RuleFor(r => r.Disabled).NotNull().WithMessage("Say whether the account is disabled (true) or enabled (false).");
}

internal static class StaffRoleRules
{
    /// <summary>At least one role, each one of the service's roles.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> StaffRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("Choose at least one role.")
            .Must(roles => roles is null || roles.All(StaffRole.All.Contains))
            .WithMessage("A role is one of {Roles}.", "Roles", string.Join(", ", StaffRole.All));
}
