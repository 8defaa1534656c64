using AllianceTracker.Core.Goals;
using AllianceTracker.Web.Features.Records;
using FluentValidation;

namespace AllianceTracker.Web.Features.Goals;

public record GoalRequest(
    string? PatientWords,
    string? TherapistFormulation,
    GoalProposer ProposedBy,
    GoalAgreement Agreement,
    GoalStatus Status)
{
    public GoalContent ToContent() => new()
    {
        PatientWords = PatientWords?.Trim(),
        TherapistFormulation = TherapistFormulation?.Trim(),
        ProposedBy = ProposedBy,
        Agreement = Agreement,
        Status = Status,
    };
}

public sealed record AmendGoalRequest(
    int ExpectedVersion,
    string Reason,
    string? PatientWords,
    string? TherapistFormulation,
    GoalProposer ProposedBy,
    GoalAgreement Agreement,
    GoalStatus Status) : GoalRequest(PatientWords, TherapistFormulation, ProposedBy, Agreement, Status), IAmendment;

public class GoalRequestValidator<T> : AbstractValidator<T>
    where T : GoalRequest
{
    public GoalRequestValidator()
    {
        RuleFor(r => r.PatientWords).MaximumLength(4000).WithMessage("The patient's words can be at most 4000 characters.");
        RuleFor(r => r.TherapistFormulation).MaximumLength(4000).WithMessage("The formulation can be at most 4000 characters.");
        RuleFor(r => r.PatientWords).Must((r, words) => !string.IsNullOrWhiteSpace(words) || !string.IsNullOrWhiteSpace(r.TherapistFormulation))
            .WithMessage("Write the goal in the patient's words, the therapist's formulation, or both.");
        RuleFor(r => r.ProposedBy).IsInEnum().WithMessage("Say who proposed the goal.");
        RuleFor(r => r.Agreement).IsInEnum().WithMessage("Use notYetDiscussed, agreed, acceptsButDoesNotAgree or disagreed.");
        RuleFor(r => r.Status).IsInEnum().WithMessage("Use active, achieved or dropped.");
    }
}

public sealed class NewGoalValidator : GoalRequestValidator<GoalRequest>;

public sealed class AmendGoalValidator : GoalRequestValidator<AmendGoalRequest>
{
    public AmendGoalValidator() => this.RequireAmendment("Say why the goal is amended.");
}
