using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>
/// Follows each rater's ruptures through the sessions after them. A rupture finding opens an
/// episode unless one is already open; it is repaired when, within the repair window, the
/// rater's total on the same form is back to fewer than the repair SDs below the episode's
/// baseline, or the rupture is answered as talked through (also in the opening session).
/// Otherwise it is unrepaired at the last session of the window; until then it is open.
/// </summary>
internal static class RuptureEpisodeTracker
{
    /// <summary>When several rupture rules fire in one session, the episode is named after the first of these.</summary>
    private static readonly string[] OpeningRulePriority = [RuleIds.DropFromBaseline, RuleIds.ReliableDrop, RuleIds.ReportedRupture];

    public static IEnumerable<RuptureEpisodeResult> Track(EvaluationContext context, IReadOnlyList<Finding> findings) =>
        Enum.GetValues<Rater>().SelectMany(rater => Track(context, findings, rater));

    private static List<RuptureEpisodeResult> Track(EvaluationContext context, IReadOnlyList<Finding> findings, Rater rater)
    {
        var openingRulesBySession = findings
            .Where(finding => finding.Rater == rater && finding.SessionId is not null && OpeningRulePriority.Contains(finding.RuleId))
            .GroupBy(finding => finding.SessionId!.Value)
            .ToDictionary(group => group.Key, group => group.Select(finding => finding.RuleId).ToHashSet());
        var ratingIndexBySession = context.RatingsBy(rater)
            .Select((rated, index) => (rated.Session.SessionId, index))
            .ToDictionary(pair => pair.SessionId, pair => pair.index);

        var episodes = new List<RuptureEpisodeResult>();
        OpenEpisode? open = null;
        for (var sessionIndex = 0; sessionIndex < context.Sessions.Count; sessionIndex++)
        {
            var session = context.Sessions[sessionIndex];
            if (open is not null)
            {
                var closed = TryClose(context.Parameters, open, session, sessionIndex, rater);
                if (closed is not null)
                {
                    episodes.Add(closed);
                    open = null;
                }
            }

            if (open is null && openingRulesBySession.TryGetValue(session.SessionId, out var ruleIds))
            {
                var ratingIndex = ratingIndexBySession[session.SessionId];
                open = new OpenEpisode(
                    session,
                    sessionIndex,
                    OpeningRulePriority.First(ruleIds.Contains),
                    session.RatingBy(rater)!.InstrumentVersionId,
                    context.BaselineBefore(rater, ratingIndex));
                if (session.RatingBy(rater)!.RuptureTalkedThrough == true)
                {
                    episodes.Add(open.ToResult(rater, RuptureStatus.Repaired, session));
                    open = null;
                }
            }
        }

        if (open is not null)
        {
            episodes.Add(open.ToResult(rater, RuptureStatus.Open, closedBy: null));
        }

        return episodes;
    }

    private static RuptureEpisodeResult? TryClose(RuleParameters parameters, OpenEpisode open, SessionPoint session, int sessionIndex, Rater rater)
    {
        if (session.RatingBy(rater) is { } rating && open.IsRepairedBy(rating, parameters.RepairWithinSd))
        {
            return open.ToResult(rater, RuptureStatus.Repaired, session);
        }

        return sessionIndex - open.SessionIndex >= parameters.RepairWindowSessions
            ? open.ToResult(rater, RuptureStatus.Unrepaired, session)
            : null;
    }

    private sealed record OpenEpisode(SessionPoint Session, int SessionIndex, string RuleId, Guid InstrumentVersionId, Baseline? Baseline)
    {
        public bool IsRepairedBy(RatingPoint rating, double repairWithinSd) =>
            rating.RuptureTalkedThrough == true
            || (Baseline is not null
                && rating.InstrumentVersionId == InstrumentVersionId
                && Baseline.StandardisedDistance(rating.TotalRaw) > -repairWithinSd);

        public RuptureEpisodeResult ToResult(Rater rater, RuptureStatus status, SessionPoint? closedBy) =>
            new()
            {
                EpisodeKey = Wording.Key("rupture", rater, Session.SessionId),
                Rater = rater,
                OpenedBySessionId = Session.SessionId,
                OpenedAt = Session.StartsAt,
                OpenedByRuleId = RuleId,
                BaselineMean = Baseline?.Mean,
                BaselineSd = Baseline?.ReferenceSd,
                Status = status,
                ClosedBySessionId = closedBy?.SessionId,
                ClosedAt = closedBy?.StartsAt,
            };
    }
}
