namespace AllianceTracker.Core.Dashboard;

/// <summary>The keys of <see cref="DailyPatientFact"/> rows; see docs/metrics.md for what each counts.</summary>
public static class FactKeys
{
    public const string Sessions = "sessions";
    public const string Rated = "rated";
    public const string Declined = "declined";
    public const string TooUnwell = "too-unwell";
    public const string NotOffered = "not-offered";
    public const string Interrupted = "interrupted";
    public const string NoRecord = "no-record";
    public const string RupturePossible = "rupture-possible";
    public const string RuptureProbable = "rupture-probable";
    public const string RuptureClosed = "rupture-closed";
    public const string RuptureRepaired = "rupture-repaired";
    public const string RaterPairs = "rater-pairs";
    public const string RaterGap = "rater-gap";
    public const string RaterGapSize = "rater-gap-size";
    public const string Decisions = "decisions";
    public const string Acquiescent = "acquiescent";
    public const string OverObjection = "over-objection";
    public const string AutonomyDutiesApply = "autonomy-duty";
    public const string ViewRecorded = "view-recorded";
    public const string ComplaintRightsTold = "complaint-told";
    public const string FollowUpDue = "follow-up-due";
    public const string FollowUpInTime = "follow-up-in-time";
    public const string FollowUpHours = "follow-up-hours";
    public const string Goals = "goals";
    public const string GoalsOwnWords = "goals-own-words";
    public const string GoalsAgreed = "goals-agreed";

    /// <summary>Prefix of the per-section counts of autonomy-limiting decisions: <c>autonomy:{rule code}:{means code or -}</c>.</summary>
    public const string AutonomyPrefix = "autonomy:";

    public const string NoMeans = "-";

    public static string Autonomy(string ruleCode, string? meansCode) =>
        $"{AutonomyPrefix}{ruleCode}:{(string.IsNullOrWhiteSpace(meansCode) ? NoMeans : meansCode)}";
}
