using System.Text.Json;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>
/// A ward's flag-rule parameters, stored as JSON in <see cref="RuleSet.ParametersJson"/>.
/// The defaults are those of the clinical design; a property missing from stored JSON takes its default.
/// </summary>
public sealed record RuleParameters
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static RuleParameters Default { get; } = new();

    /// <summary>SDs below the own baseline for a "possible" drop (Strauss et al. 2006).</summary>
    public double PossibleDropSd { get; init; } = 1.0;

    /// <summary>SDs below the own baseline for a "probable" drop (Stiles et al. 2004).</summary>
    public double ProbableDropSd { get; init; } = 2.0;

    /// <summary>Earlier ratings by the same rater on the same form needed before a baseline is used.</summary>
    public int MinPriorRatings { get; init; } = 3;

    /// <summary>|RCI| beyond which a change is reliable (Jacobson &amp; Truax 1991).</summary>
    public double ReliableChangeThreshold { get; init; } = 1.96;

    /// <summary>Share of the scale by which the therapist's score may exceed the patient's before it is flagged.</summary>
    public double RaterGapShare { get; init; } = 0.25;

    /// <summary>Acquiescent answers among the last <see cref="AcquiescencePatternWindow"/> sessions with a decision that make a pattern.</summary>
    public int AcquiescencePatternCount { get; init; } = 2;

    public int AcquiescencePatternWindow { get; init; } = 3;

    /// <summary>Sessions after a rupture within which a repair must show.</summary>
    public int RepairWindowSessions { get; init; } = 3;

    /// <summary>A score back within this many SDs of the baseline counts as repair.</summary>
    public double RepairWithinSd { get; init; } = 1.0;

    public int MissingVoiceConsecutiveSessions { get; init; } = 2;

    public double FollowUpWithinHours { get; init; } = 48;

    /// <summary>Rule codes whose measures need a follow-up conversation, besides those the rule table marks.</summary>
    public IReadOnlyList<string> FollowUpRuleCodes { get; init; } = ["NO-4-8", "NO-4-3"];

    public double PatientRatingAfterCoercionWithinHours { get; init; } = 72;

    /// <summary>
    /// Oldest capacity assessment, in calendar days of the ward's time zone, a decision may rest on.
    /// A ward setting, not a legal limit.
    /// </summary>
    public int CapacityAssessmentMaxAgeDays { get; init; } = 14;

    /// <summary>Rule codes whose measures rest on a capacity assessment, besides those the rule table marks.</summary>
    public IReadOnlyList<string> CapacityAssessmentRuleCodes { get; init; } = ["NO-3-3", "NO-4-4"];

    /// <summary>
    /// Low-severity flags of one ward day that the inbox shows one by one; when a day has more, all of that day's
    /// low-severity flags are shown as one digest. 0 always groups them.
    /// </summary>
    public int LowSeverityDailyBudget { get; init; } = 1;

    public static RuleParameters FromJson(string json) =>
        JsonSerializer.Deserialize<RuleParameters>(json, JsonOptions)
        ?? throw new JsonException("The rule parameters are empty.");

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public IReadOnlyList<ParameterError> Validate()
    {
        var errors = new List<ParameterError>();

        RequirePositive(errors, nameof(PossibleDropSd), PossibleDropSd);
        RequirePositive(errors, nameof(ProbableDropSd), ProbableDropSd);
        if (ProbableDropSd < PossibleDropSd)
        {
            errors.Add(new(nameof(ProbableDropSd), $"must be at least {nameof(PossibleDropSd)}"));
        }

        RequireAtLeast(errors, nameof(MinPriorRatings), MinPriorRatings, 2);
        RequirePositive(errors, nameof(ReliableChangeThreshold), ReliableChangeThreshold);
        if (!(RaterGapShare > 0 && RaterGapShare < 1))
        {
            errors.Add(new(nameof(RaterGapShare), "must be between 0 and 1, both excluded"));
        }

        RequireAtLeast(errors, nameof(AcquiescencePatternCount), AcquiescencePatternCount, 1);
        RequireAtLeast(errors, nameof(AcquiescencePatternWindow), AcquiescencePatternWindow, 1);
        if (AcquiescencePatternCount > AcquiescencePatternWindow)
        {
            errors.Add(new(nameof(AcquiescencePatternCount), $"must not exceed {nameof(AcquiescencePatternWindow)}"));
        }

        RequireAtLeast(errors, nameof(RepairWindowSessions), RepairWindowSessions, 1);
        RequirePositive(errors, nameof(RepairWithinSd), RepairWithinSd);
        RequireAtLeast(errors, nameof(MissingVoiceConsecutiveSessions), MissingVoiceConsecutiveSessions, 1);
        RequirePositive(errors, nameof(FollowUpWithinHours), FollowUpWithinHours);
        RequirePositive(errors, nameof(PatientRatingAfterCoercionWithinHours), PatientRatingAfterCoercionWithinHours);
        RequireAtLeast(errors, nameof(CapacityAssessmentMaxAgeDays), CapacityAssessmentMaxAgeDays, 1);
        RequireRuleCodes(errors, nameof(FollowUpRuleCodes), FollowUpRuleCodes);
        RequireRuleCodes(errors, nameof(CapacityAssessmentRuleCodes), CapacityAssessmentRuleCodes);
        RequireAtLeast(errors, nameof(LowSeverityDailyBudget), LowSeverityDailyBudget, 0);

        return errors;
    }

    private static void RequirePositive(List<ParameterError> errors, string field, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            errors.Add(new(field, "must be a positive number"));
        }
    }

    private static void RequireAtLeast(List<ParameterError> errors, string field, int value, int minimum)
    {
        if (value < minimum)
        {
            errors.Add(new(field, $"must be at least {minimum}"));
        }
    }

    private static void RequireRuleCodes(List<ParameterError> errors, string field, IReadOnlyList<string>? codes)
    {
        if (codes is null)
        {
            errors.Add(new(field, "must be a list (it may be empty)"));
        }
        else if (codes.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new(field, "must not contain blank rule codes"));
        }
    }
}
