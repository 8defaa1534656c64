using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>The history put in a fixed order, with the lookups the rules share.</summary>
internal sealed class EvaluationContext
{
    public const string WardSdSource = "ward";
    public const string NormativeSdSource = "normative";

    private readonly IReadOnlyDictionary<Guid, double> wardSdByInstrumentVersion;
    private readonly Dictionary<Rater, IReadOnlyList<RatedSession>> ratingsByRater;

    public EvaluationContext(PatientHistory history, RuleParameters parameters, DateTimeOffset now)
    {
        Parameters = parameters;
        Now = now;
        TimeZone = FindTimeZone(history.WardTimeZoneId);
        wardSdByInstrumentVersion = history.WardSdByInstrumentVersion;

        var duplicate = history.Sessions.GroupBy(session => session.SessionId).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Session {duplicate.Key} appears more than once.", nameof(history));
        }

        // Sessions that have not started yet cannot have been rated; equal start times are ordered by id.
        Sessions = history.Sessions
            .Where(session => session.StartsAt <= now)
            .OrderBy(session => session.StartsAt)
            .ThenBy(session => session.SessionId)
            .ToList();
        TreatmentDecisions = history.TreatmentDecisions.OrderBy(decision => decision.DecisionId).ToList();
        AutonomyDecisions = history.AutonomyDecisions.OrderBy(decision => decision.DecisionId).ToList();
        ratingsByRater = Enum.GetValues<Rater>().ToDictionary(rater => rater, RatedSessionsOf);
    }

    public RuleParameters Parameters { get; }
    public DateTimeOffset Now { get; }
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Sessions up to now, oldest first.</summary>
    public IReadOnlyList<SessionPoint> Sessions { get; }

    public IReadOnlyList<TreatmentDecisionPoint> TreatmentDecisions { get; }
    public IReadOnlyList<AutonomyDecisionPoint> AutonomyDecisions { get; }

    public IReadOnlyList<RatedSession> RatingsBy(Rater rater) => ratingsByRater[rater];

    /// <summary>
    /// The rater's earlier totals on the same form as the rating at <paramref name="index"/>,
    /// or null when there are none or nothing to measure spread by.
    /// </summary>
    public Baseline? BaselineBefore(Rater rater, int index)
    {
        var ratings = RatingsBy(rater);
        var current = ratings[index].Rating;
        var earlierTotals = ratings
            .Take(index)
            .Where(rated => rated.Rating.InstrumentVersionId == current.InstrumentVersionId)
            .Select(rated => rated.Rating.TotalRaw)
            .ToList();
        if (earlierTotals.Count == 0)
        {
            return null;
        }

        var (betweenPatientSd, source) = BetweenPatientSd(current);
        var baseline = Baseline.Of(earlierTotals, betweenPatientSd, source);
        return baseline.ReferenceSd > 0 ? baseline : null;
    }

    /// <summary>The ward's SD for the form where it has one, otherwise the instrument's normative SD.</summary>
    private (double Sd, string Source) BetweenPatientSd(RatingPoint rating) =>
        wardSdByInstrumentVersion.TryGetValue(rating.InstrumentVersionId, out var wardSd)
            ? (wardSd, WardSdSource)
            : (rating.NormativeSd, NormativeSdSource);

    private IReadOnlyList<RatedSession> RatedSessionsOf(Rater rater) =>
        Sessions
            .Select(session => session.RatingBy(rater) is { } rating ? new RatedSession(session, rating) : null)
            .OfType<RatedSession>()
            .ToList();

    private static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"The ward time zone '{id}' is not known.", nameof(id), exception);
        }
    }
}
