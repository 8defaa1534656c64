using AllianceTracker.Core.Flags.Engine;
using FluentValidation;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>A ward's current rule-set version and its parameters.</summary>
public sealed record WardRuleSetView(Guid WardId, string WardName, int Version, DateTimeOffset CreatedAt, string? ChangeNote, RuleParameters Parameters);

/// <summary>New parameters for a ward, based on the version the editor saw; saving adds the next version.</summary>
public sealed record RuleSetChangeRequest(int BasedOnVersion, RuleParameters? Parameters, string? ChangeNote);

public sealed class RuleSetChangeValidator : AbstractValidator<RuleSetChangeRequest>
{
    public const int MaxChangeNoteLength = 2000;

    public RuleSetChangeValidator()
    {
        RuleFor(r => r.BasedOnVersion).GreaterThanOrEqualTo(1).WithMessage("Say which version you changed (1 or later).");
        RuleFor(r => r.Parameters).NotNull().WithMessage("The parameters are required.");
        RuleFor(r => r.ChangeNote).NotEmpty().WithMessage("Say why the rules change.")
            .MaximumLength(MaxChangeNoteLength).WithMessage("The change note can be at most {MaxLength} characters.");
        RuleFor(r => r.Parameters).Custom((parameters, context) =>
        {
            foreach (var error in parameters?.Validate() ?? [])
            {
                context.AddFailure(FieldName(error.Field), $"{error.Field} {error.Problem}.");
            }
        });
    }

    /// <summary>The error key of a parameter, as the JSON body names it: "parameters.probableDropSd".</summary>
    public static string FieldName(string parameter) => "parameters." + char.ToLowerInvariant(parameter[0]) + parameter[1..];
}
