using AllianceTracker.Core.Decisions;
using AllianceTracker.Web.Infrastructure.Validation;
using AllianceTracker.Web.Features.Records;
using FluentValidation;

namespace AllianceTracker.Web.Features.Decisions;

public record TreatmentDecisionRequest(
    DecisionTopic Topic,
    DateTimeOffset DecidedAt,
    string? OptionsDiscussed,
    string? PatientPreference,
    string? ClinicianRecommendation,
    string? Outcome,
    DecisionMaker DecidedBy,
    AgreementPosition PatientPosition,
    DecisionStage Stage,
    string? Rationale,
    Guid? SessionId)
{
    public TreatmentDecisionContent ToContent() => new()
    {
        Topic = Topic,
        DecidedAt = DecidedAt.ToUniversalTime(),
        OptionsDiscussed = OptionsDiscussed?.Trim(),
        PatientPreference = PatientPreference?.Trim(),
        ClinicianRecommendation = ClinicianRecommendation?.Trim(),
        Outcome = Outcome?.Trim(),
        DecidedBy = DecidedBy,
        PatientPosition = PatientPosition,
        Stage = Stage,
        Rationale = Rationale?.Trim(),
    };
}

/// <summary>A new version of a decision's content; the session it was made in stays as recorded.</summary>
public sealed record AmendTreatmentDecisionRequest(
    int ExpectedVersion,
    string Reason,
    DecisionTopic Topic,
    DateTimeOffset DecidedAt,
    string? OptionsDiscussed,
    string? PatientPreference,
    string? ClinicianRecommendation,
    string? Outcome,
    DecisionMaker DecidedBy,
    AgreementPosition PatientPosition,
    DecisionStage Stage,
    string? Rationale)
    : TreatmentDecisionRequest(Topic, DecidedAt, OptionsDiscussed, PatientPreference, ClinicianRecommendation, Outcome, DecidedBy,
        PatientPosition, Stage, Rationale, null), IAmendment;

public sealed class AmendTreatmentDecisionValidator : AbstractValidator<AmendTreatmentDecisionRequest>
{
    public AmendTreatmentDecisionValidator(TimeProvider clock)
    {
        Include(new TreatmentDecisionValidator(clock));
        this.RequireAmendment("Say why the decision is amended.");
    }
}

public sealed class TreatmentDecisionValidator : AbstractValidator<TreatmentDecisionRequest>
{
    private const int MaxText = 4000;
    private const string TooLong = "This text can be at most {MaxLength} characters.";

    public TreatmentDecisionValidator(TimeProvider clock)
    {
        RuleFor(r => r.Topic).IsInEnum().WithMessage("Use medication, leave, activities, contact or other.");
        RuleFor(r => r.DecidedAt).NotInTheFuture(clock, "A decision cannot be recorded before it is made.")
            .NotTooFarBack("The date is too far back.");
        RuleFor(r => r.DecidedBy).IsInEnum().WithMessage("Say who decided.");
        RuleFor(r => r.PatientPosition).IsInEnum()
            .WithMessage("Use agrees, acceptsButDoesNotAgree, disagrees, couldNotTakePart or noDecisionToday.");
        RuleFor(r => r.Stage).IsInEnum()
            .WithMessage("Use coercionAsPower, assessingLevelsOfAutonomy, coercionAsCare or noAgreementReached.");
        RuleFor(r => r.Rationale).NotEmpty().When(r => r.DecidedBy == DecisionMaker.ClinicianOverPatientObjection)
            .WithMessage("Give the rationale when the clinician decided over the patient's objection.");
        RuleFor(r => r.PatientPosition).NotEqual(AgreementPosition.Agrees)
            .When(r => r.DecidedBy == DecisionMaker.ClinicianOverPatientObjection)
            .WithMessage("A decision over the patient's objection cannot have the patient agreeing.");
        RuleFor(r => r.OptionsDiscussed).MaximumLength(MaxText).WithMessage(TooLong);
        RuleFor(r => r.PatientPreference).MaximumLength(MaxText).WithMessage(TooLong);
        RuleFor(r => r.ClinicianRecommendation).MaximumLength(MaxText).WithMessage(TooLong);
        RuleFor(r => r.Outcome).MaximumLength(MaxText).WithMessage(TooLong);
        RuleFor(r => r.Rationale).MaximumLength(MaxText).WithMessage(TooLong);
    }
}
