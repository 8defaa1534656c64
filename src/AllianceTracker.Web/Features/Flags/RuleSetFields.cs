using AllianceTracker.Core.Flags.Engine;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>The parameters the rule-set page asks for, in order, with the kind of value; their labels and hints are texts of the page.</summary>
public sealed record RuleSetField(string Parameter, RuleSetFieldKind Kind)
{
    /// <summary>The parameter's name in the stored JSON and in error keys, e.g. "possibleDropSd".</summary>
    public string Name => char.ToLowerInvariant(Parameter[0]) + Parameter[1..];

    public static IReadOnlyList<RuleSetField> All { get; } =
    [
        new(nameof(RuleParameters.PossibleDropSd), RuleSetFieldKind.Number),
        new(nameof(RuleParameters.ProbableDropSd), RuleSetFieldKind.Number),
        new(nameof(RuleParameters.MinPriorRatings), RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.ReliableChangeThreshold), RuleSetFieldKind.Number),
        new(nameof(RuleParameters.RaterGapShare), RuleSetFieldKind.Number),
        new(nameof(RuleParameters.AcquiescencePatternCount), RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.AcquiescencePatternWindow), RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.RepairWindowSessions), RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.RepairWithinSd), RuleSetFieldKind.Number),
        new(nameof(RuleParameters.MissingVoiceConsecutiveSessions), RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.FollowUpWithinHours), RuleSetFieldKind.Number),
        new(nameof(RuleParameters.FollowUpRuleCodes), RuleSetFieldKind.RuleCodes),
        new(nameof(RuleParameters.PatientRatingAfterCoercionWithinHours), RuleSetFieldKind.Number),
        new(nameof(RuleParameters.CapacityAssessmentMaxAgeDays), RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.CapacityAssessmentRuleCodes), RuleSetFieldKind.RuleCodes),
        new(nameof(RuleParameters.LowSeverityDailyBudget), RuleSetFieldKind.Integer),
    ];
}

public enum RuleSetFieldKind
{
    Number,
    Integer,
    RuleCodes,
}
