using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;

namespace AllianceTracker.Web.Features.NeedToKnow;

/// <summary>Why the caller must see a record outside their care team, and for how many hours.</summary>
public sealed record NeedToKnowRequest(string Reason, int Hours = NeedToKnowRequestValidator.DefaultHours);

public sealed class NeedToKnowRequestValidator : AbstractValidator<NeedToKnowRequest>
{
    public const int DefaultHours = 8;
    public const int MaximumHours = 24;
    public const int MinimumReasonLength = 20;
    public const int MaximumReasonLength = 500;

    public NeedToKnowRequestValidator()
    {
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length >= MinimumReasonLength)
            .WithMessage("State the reason in at least {MinimumLength} characters.", "MinimumLength", MinimumReasonLength)
            .MaximumLength(MaximumReasonLength).WithMessage("The reason can be at most {MaxLength} characters.");
        RuleFor(r => r.Hours).InclusiveBetween(1, MaximumHours)
            .WithMessage("Access lasts from {From} to {To} hours.");
    }
}

public sealed record NeedToKnowView(Guid Id, Guid PatientId, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt);
