namespace AllianceTracker.Core.Dashboard;

/// <summary>The dashboard's metrics, in the order they are shown; each is defined in docs/metrics.md under its key.</summary>
public static class MetricCatalog
{
    public const string Sessions = "sessions";
    public const string AutonomyRate = "autonomy.rate";

    public const string Participation = "Sessions and the patient's rating";
    public const string Ruptures = "Ruptures and repair";
    public const string Decisions = "Decisions";
    public const string Autonomy = "Autonomy-limiting decisions";
    public const string Goals = "Goals";

    public static IReadOnlyList<MetricDefinition> Fixed { get; } =
    [
        new(Sessions, Participation, "Sessions", "sessions", MetricKind.Count, FactKeys.Sessions),
        Completion("rating.rated", "Patient rated", FactKeys.Rated),
        Completion("rating.declined", "Patient declined", FactKeys.Declined),
        Completion("rating.too-unwell", "Too unwell to rate", FactKeys.TooUnwell),
        Completion("rating.not-offered", "Rating not offered", FactKeys.NotOffered),
        Completion("rating.interrupted", "Rating interrupted", FactKeys.Interrupted),
        Completion("rating.no-record", "Neither rating nor reason", FactKeys.NoRecord),
        new("ruptures.possible", Ruptures, "Possible ruptures", "per 100 sessions", MetricKind.Ratio, FactKeys.RupturePossible, FactKeys.Sessions),
        new("ruptures.probable", Ruptures, "Probable ruptures", "per 100 sessions", MetricKind.Ratio, FactKeys.RuptureProbable, FactKeys.Sessions),
        new("ruptures.repaired", Ruptures, "Rupture episodes repaired", "% of episodes closed", MetricKind.Ratio, FactKeys.RuptureRepaired, FactKeys.RuptureClosed),
        new("ruptures.open", Ruptures, "Rupture episodes open at the end", "episodes", MetricKind.OpenAtEnd, string.Empty),
        new("rater-gap.share", Ruptures, "Therapist above patient (rater gap)", "% of sessions rated by both", MetricKind.Ratio, FactKeys.RaterGap, FactKeys.RaterPairs),
        new("rater-gap.median", Ruptures, "Size of the rater gap (median)", "points of 100", MetricKind.Median, FactKeys.RaterGapSize),
        new("decisions.acquiescence", Decisions, "Accepts but does not agree", "% of decisions", MetricKind.Ratio, FactKeys.Acquiescent, FactKeys.Decisions),
        new("decisions.over-objection", Decisions, "Decided over the patient's objection", "% of decisions", MetricKind.Ratio, FactKeys.OverObjection, FactKeys.Decisions),
        new(AutonomyRate, Autonomy, "Autonomy-limiting decisions", "per 100 occupied bed-days", MetricKind.PerHundredBedDays, FactKeys.AutonomyPrefix),
        new("autonomy.view-recorded", Autonomy, "Patient's view recorded", "% of decisions", MetricKind.Ratio, FactKeys.ViewRecorded, FactKeys.AutonomyDutiesApply),
        new("autonomy.complaint-rights", Autonomy, "Told of the right to complain", "% of decisions", MetricKind.Ratio, FactKeys.ComplaintRightsTold, FactKeys.AutonomyDutiesApply),
        new("autonomy.follow-up-in-time", Autonomy, "Follow-up offered within 48 hours", "% of ended measures needing one", MetricKind.Ratio, FactKeys.FollowUpInTime, FactKeys.FollowUpDue),
        new("autonomy.follow-up-hours", Autonomy, "Time to the follow-up (median)", "hours", MetricKind.Median, FactKeys.FollowUpHours),
        new("goals.own-words", Goals, "Goals in the patient's own words", "% of goals set", MetricKind.Ratio, FactKeys.GoalsOwnWords, FactKeys.Goals),
        new("goals.agreed", Goals, "Goals agreed", "% of goals set", MetricKind.Ratio, FactKeys.GoalsAgreed, FactKeys.Goals),
    ];

    /// <summary>
    /// The fixed metrics with, after the autonomy rate, one rate per legal section and one per measure within it,
    /// for the sections and measures found in <paramref name="factKeys"/>.
    /// </summary>
    public static IReadOnlyList<MetricDefinition> For(IEnumerable<string> factKeys, Func<string, string?, string> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var measures = factKeys.Where(k => k.StartsWith(FactKeys.AutonomyPrefix, StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal)
            .Select(k => k[FactKeys.AutonomyPrefix.Length..].Split(':', 2))
            .GroupBy(parts => parts[0], parts => parts[1]);

        var breakdown = new List<MetricDefinition>();
        foreach (var section in measures)
        {
            var sectionKey = $"{AutonomyRate}.{section.Key}";
            breakdown.Add(new(sectionKey, Autonomy, label(section.Key, null), "per 100 occupied bed-days",
                MetricKind.PerHundredBedDays, $"{FactKeys.AutonomyPrefix}{section.Key}:", Parent: AutonomyRate));
            breakdown.AddRange(section.Select(means => new MetricDefinition(
                $"{sectionKey}.{means}", Autonomy, label(section.Key, means == FactKeys.NoMeans ? null : means) + (means == FactKeys.NoMeans ? " (no means given)" : string.Empty),
                "per 100 occupied bed-days", MetricKind.PerHundredBedDays, FactKeys.Autonomy(section.Key, means), Parent: sectionKey)));
        }

        var position = Fixed.ToList().FindIndex(m => m.Key == AutonomyRate) + 1;
        return [.. Fixed.Take(position), .. breakdown, .. Fixed.Skip(position)];
    }

    private static MetricDefinition Completion(string key, string title, string factKey) =>
        new(key, Participation, title, "% of sessions", MetricKind.Ratio, factKey, FactKeys.Sessions, Parent: Sessions);
}
