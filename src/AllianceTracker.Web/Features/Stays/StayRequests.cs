using AllianceTracker.Core.Stays;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;

namespace AllianceTracker.Web.Features.Stays;

public sealed record AdmitRequest(DateTimeOffset AdmittedAt, LegalStatus LegalStatus, string? LegalSection);

public sealed record LegalStatusRequest(LegalStatus Status, string? LegalSection, DateTimeOffset From, string? Note);

public sealed record CapacityAssessmentRequest(DateTimeOffset AssessedAt, CapacityResult Result, string? Scope, string? Note);

public sealed record DischargeRequest(DateTimeOffset DischargedAt);

internal static class StayRules
{
    public static IRuleBuilderOptions<T, DateTimeOffset> HasHappened<T>(this IRuleBuilder<T, DateTimeOffset> rule, TimeProvider clock) =>
        rule.NotInTheFuture(clock, "This cannot be recorded before it has happened.").NotTooFarBack("The date is too far back.");

    public static IRuleBuilderOptions<T, string?> SectionFor<T>(this IRuleBuilder<T, string?> rule, Func<T, LegalStatus> status) =>
        rule.Must((request, section) => status(request) == LegalStatus.Voluntary || !string.IsNullOrWhiteSpace(section))
            .WithMessage("Give the legal section a compulsory status rests on, e.g. §3-3.")
            .MaximumLength(20).WithMessage("The section can be at most 20 characters.");
}

public sealed class AdmitValidator : AbstractValidator<AdmitRequest>
{
    public AdmitValidator(TimeProvider clock)
    {
        RuleFor(r => r.AdmittedAt).HasHappened(clock);
        RuleFor(r => r.LegalStatus).IsInEnum().WithMessage("Use voluntary, compulsoryObservation or compulsoryCare.");
        RuleFor(r => r.LegalSection).SectionFor(r => r.LegalStatus);
    }
}

public sealed class LegalStatusValidator : AbstractValidator<LegalStatusRequest>
{
    public LegalStatusValidator(TimeProvider clock)
    {
        RuleFor(r => r.From).HasHappened(clock);
        RuleFor(r => r.Status).IsInEnum().WithMessage("Use voluntary, compulsoryObservation or compulsoryCare.");
        RuleFor(r => r.LegalSection).SectionFor(r => r.Status);
        RuleFor(r => r.Note).MaximumLength(2000).WithMessage("The note can be at most 2000 characters.");
    }
}

public sealed class CapacityAssessmentValidator : AbstractValidator<CapacityAssessmentRequest>
{
    public CapacityAssessmentValidator(TimeProvider clock)
    {
        RuleFor(r => r.AssessedAt).HasHappened(clock);
        RuleFor(r => r.Result).IsInEnum().WithMessage("Use hasCapacity, lacksCapacity or uncertain.");
        RuleFor(r => r.Scope).MaximumLength(500).WithMessage("The scope can be at most 500 characters.");
        RuleFor(r => r.Note).MaximumLength(4000).WithMessage("The note can be at most 4000 characters.");
    }
}

public sealed class DischargeValidator : AbstractValidator<DischargeRequest>
{
    public DischargeValidator(TimeProvider clock) => RuleFor(r => r.DischargedAt).HasHappened(clock);
}
