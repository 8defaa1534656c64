using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>The patient's own answer about today's main decision was "accept but do not agree".</summary>
internal sealed class AcquiescenceRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        context.RatingsBy(Rater.Patient)
            .Where(rated => rated.Rating.MainDecisionAgreement == AgreementPosition.AcceptsButDoesNotAgree)
            .Select(rated => new Finding
            {
                RuleId = RuleIds.Acquiescence,
                FindingKey = Wording.Key(RuleIds.Acquiescence, rated.Session.SessionId),
                Severity = FlagSeverity.Low,
                OccurredAt = rated.Session.StartsAt,
                SessionId = rated.Session.SessionId,
                Rater = Rater.Patient,
                Inputs = new FindingInputs.Builder()
                    .Add("mainDecisionAgreement", nameof(AgreementPosition.AcceptsButDoesNotAgree))
                    .Build(),
                ExplanationEn = "The patient answered that they accept today's main decision but do not agree with it.",
                ExplanationNb = "Pasienten svarte at hen godtar dagens viktigste beslutning, men ikke er enig i den.",
            });
}
