using AllianceTracker.Core.Autonomy;
using AllianceTracker.Web.Infrastructure.Validation;
using AllianceTracker.Web.Features.Records;
using FluentValidation;

namespace AllianceTracker.Web.Features.Autonomy;

public record AutonomyDecisionRequest(
    Guid RuleId,
    string? MeansCode,
    DateTimeOffset? DecidedAt,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? MilderMeansTried,
    string? PatientView,
    string? PatientViewNotRecordedReason,
    bool PatientConsented,
    Guid? CapacityAssessmentId,
    bool PatientInformedOfComplaintRight,
    string? Rationale,
    bool FormalDecisionMade)
{
    public AutonomyDecisionContent ToContent(Guid responsibleClinician) => new()
    {
        MeansCode = string.IsNullOrWhiteSpace(MeansCode) ? null : MeansCode.Trim(),
        ResponsibleClinicianId = responsibleClinician,
        DecidedAt = (DecidedAt ?? StartsAt).ToUniversalTime(),
        StartsAt = StartsAt.ToUniversalTime(),
        EndsAt = EndsAt?.ToUniversalTime(),
        MilderMeansTried = MilderMeansTried?.Trim(),
        PatientView = PatientView?.Trim(),
        PatientViewNotRecordedReason = PatientViewNotRecordedReason?.Trim(),
        PatientConsented = PatientConsented,
        CapacityAssessmentId = CapacityAssessmentId,
        PatientInformedOfComplaintRight = PatientInformedOfComplaintRight,
        Rationale = Rationale?.Trim(),
        FormalDecisionMade = FormalDecisionMade,
    };
}

/// <summary>A new version of a decision's content; the legal rule it rests on cannot change (record a new decision instead).</summary>
public sealed record AmendAutonomyDecisionRequest(
    int ExpectedVersion,
    string Reason,
    Guid RuleId,
    string? MeansCode,
    DateTimeOffset? DecidedAt,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? MilderMeansTried,
    string? PatientView,
    string? PatientViewNotRecordedReason,
    bool PatientConsented,
    Guid? CapacityAssessmentId,
    bool PatientInformedOfComplaintRight,
    string? Rationale,
    bool FormalDecisionMade)
    : AutonomyDecisionRequest(RuleId, MeansCode, DecidedAt, StartsAt, EndsAt, MilderMeansTried, PatientView, PatientViewNotRecordedReason,
        PatientConsented, CapacityAssessmentId, PatientInformedOfComplaintRight, Rationale, FormalDecisionMade), IAmendment;

public sealed class AmendAutonomyDecisionValidator : AbstractValidator<AmendAutonomyDecisionRequest>
{
    public AmendAutonomyDecisionValidator(TimeProvider clock)
    {
        Include(new AutonomyDecisionValidator(clock));
        this.RequireAmendment("Say why the decision is amended.");
    }
}

public sealed class AutonomyDecisionValidator : AbstractValidator<AutonomyDecisionRequest>
{
    private const string TooLong = "This text can be at most 4000 characters.";

    public AutonomyDecisionValidator(TimeProvider clock)
    {
        RuleFor(r => r.RuleId).NotEmpty().WithMessage("Choose the legal rule from the ward's jurisdiction.");
        RuleFor(r => r.StartsAt).NotInTheFuture(clock, "A measure cannot be recorded before it starts.");
        RuleFor(r => r.EndsAt).GreaterThanOrEqualTo(r => r.StartsAt).When(r => r.EndsAt is not null)
            .WithMessage("The end cannot be before the start.");
        RuleFor(r => r.DecidedAt).LessThanOrEqualTo(r => r.StartsAt).When(r => r.DecidedAt is not null)
            .WithMessage("The decision cannot come after the measure started.");
        RuleFor(r => r.MilderMeansTried).MaximumLength(4000).WithMessage(TooLong);
        RuleFor(r => r.PatientView).MaximumLength(4000).WithMessage(TooLong);
        RuleFor(r => r.PatientViewNotRecordedReason).MaximumLength(2000).WithMessage("The reason can be at most 2000 characters.");
        RuleFor(r => r.Rationale).MaximumLength(4000).WithMessage(TooLong);
        RuleFor(r => r.PatientViewNotRecordedReason).Empty().When(r => !string.IsNullOrWhiteSpace(r.PatientView))
            .WithMessage("Give either the patient's view or why it could not be recorded, not both.");
    }
}

public sealed record FollowUpRequest(DateTimeOffset OfferedAt, DateTimeOffset? HeldAt, bool DeclinedByPatient, Guid? SessionId, string? Note);

public sealed class FollowUpValidator : AbstractValidator<FollowUpRequest>
{
    public FollowUpValidator(TimeProvider clock)
    {
        RuleFor(r => r.OfferedAt).NotInTheFuture(clock, "An offer cannot be recorded before it is made.");
        RuleFor(r => r.HeldAt).GreaterThanOrEqualTo(r => r.OfferedAt).When(r => r.HeldAt is not null)
            .WithMessage("The conversation cannot be held before it was offered.");
        RuleFor(r => r.HeldAt).Null().When(r => r.DeclinedByPatient)
            .WithMessage("A declined conversation was not held.");
        RuleFor(r => r.Note).MaximumLength(2000).WithMessage("The note can be at most 2000 characters.");
    }
}
