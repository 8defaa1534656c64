using AllianceTracker.Core.Flags.Engine.Rules;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>
/// Evaluates the flag rules for one patient. Pure: the same history, parameters and
/// <c>now</c> always give the same result, whatever the order of the input lists.
/// </summary>
public static class FlagEngine
{
    private static readonly IFlagRule[] Rules =
    [
        new DropFromBaselineRule(),
        new ReliableDropRule(),
        new ReportedRuptureRule(),
        new RaterGapRule(),
        new AcquiescenceRule(),
        new AcquiescencePatternRule(),
        new OverObjectionWithoutRationaleRule(),
        new MissingVoiceRule(),
        new ViewNotRecordedRule(),
        new ComplaintInfoMissingRule(),
        new FormalDecisionMissingRule(),
        new FollowUpOverdueRule(),
        new NoRatingAfterCoercionRule(),
        new CapacityAssessmentRule(),
    ];

    /// <param name="now">The moment of evaluation: sessions after it are ignored and deadlines are measured against it.</param>
    /// <exception cref="ArgumentException">The parameters are invalid, the time zone is unknown or a session id repeats.</exception>
    public static FlagEvaluation Evaluate(PatientHistory history, RuleParameters parameters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(parameters);
        var errors = parameters.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                "Invalid rule parameters: " + string.Join("; ", errors.Select(error => $"{error.Field} {error.Problem}")),
                nameof(parameters));
        }

        var context = new EvaluationContext(history, parameters, now);
        var findings = Rules
            .SelectMany(rule => rule.Evaluate(context))
            .OrderBy(finding => finding.OccurredAt)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ThenBy(finding => finding.FindingKey, StringComparer.Ordinal)
            .ToList();
        var episodes = RuptureEpisodeTracker.Track(context, findings)
            .OrderBy(episode => episode.OpenedAt)
            .ThenBy(episode => episode.EpisodeKey, StringComparer.Ordinal)
            .ToList();
        return new FlagEvaluation(findings, episodes);
    }
}
