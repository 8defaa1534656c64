using AllianceTracker.Core.Flags.Engine;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>How the rule-set page asks for each parameter: its label, a hint with the valid range, and the kind of value.</summary>
public sealed record RuleSetField(string Parameter, string Label, string Hint, RuleSetFieldKind Kind)
{
    /// <summary>The parameter's name in the stored JSON and in error keys, e.g. "possibleDropSd".</summary>
    public string Name => char.ToLowerInvariant(Parameter[0]) + Parameter[1..];

    public static IReadOnlyList<RuleSetField> All { get; } =
    [
        new(nameof(RuleParameters.PossibleDropSd), "Possible drop (SD below the own baseline)", "Greater than 0. Default 1.0.", RuleSetFieldKind.Number),
        new(nameof(RuleParameters.ProbableDropSd), "Probable drop (SD below the own baseline)", "At least the possible drop. Default 2.0.", RuleSetFieldKind.Number),
        new(nameof(RuleParameters.MinPriorRatings), "Earlier ratings needed for a baseline", "At least 2. Default 3.", RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.ReliableChangeThreshold), "Reliable change threshold (|RCI|)", "Greater than 0. Default 1.96.", RuleSetFieldKind.Number),
        new(nameof(RuleParameters.RaterGapShare), "Rater gap (share of the scale)", "Between 0 and 1, e.g. 0.25 for 25 % of the scale.", RuleSetFieldKind.Number),
        new(nameof(RuleParameters.AcquiescencePatternCount), "Acquiescent answers that make a pattern", "At least 1, at most the window. Default 2.", RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.AcquiescencePatternWindow), "… among this many last sessions with a decision", "At least 1. Default 3.", RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.RepairWindowSessions), "Sessions within which a rupture must be repaired", "At least 1. Default 3.", RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.RepairWithinSd), "Repaired when fewer than this many SD below the baseline", "Greater than 0. Default 1.0.", RuleSetFieldKind.Number),
        new(nameof(RuleParameters.MissingVoiceConsecutiveSessions), "Sessions in a row without the patient's voice", "At least 1. Default 2.", RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.FollowUpWithinHours), "Follow-up conversation offered within (hours after the measure ends)", "Greater than 0. Default 48.", RuleSetFieldKind.Number),
        new(nameof(RuleParameters.FollowUpRuleCodes), "Rules whose measures need a follow-up conversation", "Rule codes separated by commas. Default NO-4-8, NO-4-3.", RuleSetFieldKind.RuleCodes),
        new(nameof(RuleParameters.PatientRatingAfterCoercionWithinHours), "Patient rating expected within (hours after a coercive measure starts)", "Greater than 0. Default 72.", RuleSetFieldKind.Number),
        new(nameof(RuleParameters.CapacityAssessmentMaxAgeDays), "Oldest capacity assessment a decision may rest on (days)", "At least 1. A ward setting, not a legal limit. Default 14.", RuleSetFieldKind.Integer),
        new(nameof(RuleParameters.CapacityAssessmentRuleCodes), "Rules whose measures rest on a capacity assessment", "Rule codes separated by commas. Default NO-3-3, NO-4-4.", RuleSetFieldKind.RuleCodes),
        new(nameof(RuleParameters.LowSeverityDailyBudget), "Low-severity flags a day shown one by one before they are grouped", "0 or more; 0 always groups them. Default 1.", RuleSetFieldKind.Integer),
    ];
}

public enum RuleSetFieldKind
{
    Number,
    Integer,
    RuleCodes,
}
