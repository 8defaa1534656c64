using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// "Accept but do not agree" in at least n of the patient's last m answers about a decision.
/// Reported at each acquiescent answer that completes or continues the pattern.
/// </summary>
internal sealed class AcquiescencePatternRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        var parameters = context.Parameters;
        var sessionsWithDecision = context.RatingsBy(Rater.Patient)
            .Where(rated => rated.Rating.MainDecisionAgreement is { } position && position != AgreementPosition.NoDecisionToday)
            .ToList();

        for (var index = 0; index < sessionsWithDecision.Count; index++)
        {
            if (!IsAcquiescent(sessionsWithDecision[index]))
            {
                continue;
            }

            var windowStart = Math.Max(0, index - parameters.AcquiescencePatternWindow + 1);
            var window = sessionsWithDecision.Skip(windowStart).Take(index - windowStart + 1).ToList();
            var acquiescent = window.Count(IsAcquiescent);
            if (acquiescent >= parameters.AcquiescencePatternCount)
            {
                yield return Describe(sessionsWithDecision[index].Session, acquiescent, window.Count, parameters.AcquiescencePatternCount);
            }
        }
    }

    private static bool IsAcquiescent(RatedSession rated) =>
        rated.Rating.MainDecisionAgreement == AgreementPosition.AcceptsButDoesNotAgree;

    private static Finding Describe(SessionPoint session, int acquiescent, int sessionsConsidered, int threshold) =>
        new()
        {
            RuleId = RuleIds.AcquiescencePattern,
            FindingKey = Wording.Key(RuleIds.AcquiescencePattern, session.SessionId),
            Severity = FlagSeverity.Medium,
            OccurredAt = session.StartsAt,
            SessionId = session.SessionId,
            Rater = Rater.Patient,
            Inputs = new FindingInputs.Builder()
                .Add("acquiescentAnswers", acquiescent)
                .Add("sessionsWithDecision", sessionsConsidered)
                .Add("threshold", threshold)
                .Build(),
            ExplanationEn =
                $"The patient answered \"accept but do not agree\" in {acquiescent} of the last {sessionsConsidered} sessions "
                + "in which there was a decision to answer about.",
            ExplanationNb =
                $"Pasienten svarte «godtar, men er ikke enig» i {acquiescent} av de {sessionsConsidered} siste samtalene "
                + "der det var en beslutning å svare på.",
        };
}
