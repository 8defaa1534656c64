using AllianceTracker.Core.Patients;
using FluentValidation;

namespace AllianceTracker.Web.Features.CareTeams;

public sealed record CareTeamMemberRequest(Guid? StaffUserId, CareTeamRole Role = CareTeamRole.Therapist);

/// <summary>Who is on a patient's care team: the patient's alias and ward, and no clinical content.</summary>
public sealed record CareTeamView(Guid PatientId, string DisplayAlias, string WardName, IReadOnlyList<CareTeamMemberView> Members);

public sealed record CareTeamMemberView(Guid StaffUserId, string DisplayName, CareTeamRole Role, DateTimeOffset From);

public sealed record CareTeamListing(Guid PatientId, string DisplayAlias, string WardName, int Members);

public sealed record CareTeamCandidate(Guid StaffUserId, string DisplayName);

public sealed class CareTeamMemberRequestValidator : AbstractValidator<CareTeamMemberRequest>
{
    public CareTeamMemberRequestValidator()
    {
        RuleFor(r => r.StaffUserId).NotEmpty().WithMessage("Choose the staff member to add.");
        RuleFor(r => r.Role).IsInEnum().WithMessage("This is not a care-team role.");
    }
}
