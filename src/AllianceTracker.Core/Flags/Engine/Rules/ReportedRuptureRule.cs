using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>The patient or the therapist answered the rupture item "a little" or "a lot".</summary>
internal sealed class ReportedRuptureRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        Enum.GetValues<Rater>()
            .SelectMany(rater => context.RatingsBy(rater)
                .Where(rated => rated.Rating.Rupture != RuptureAnswer.No)
                .Select(rated => Describe(rater, rated)));

    private static Finding Describe(Rater rater, RatedSession rated)
    {
        var rating = rated.Rating;
        var (answer, answerEn, answerNb, severity) = rating.Rupture == RuptureAnswer.ALot
            ? ("a-lot", "a lot", "mye", FlagSeverity.High)
            : ("a-little", "a little", "litt", FlagSeverity.Medium);
        var (talkedThrough, talkedEn, talkedNb) = rating.RuptureTalkedThrough switch
        {
            true => ("yes", "It was talked through.", "Det ble snakket om."),
            false => ("no", "It was not talked through.", "Det ble ikke snakket om."),
            null => ("not-answered", "Whether it was talked through was not answered.", "Det er ikke svart på om det ble snakket om."),
        };

        return new Finding
        {
            RuleId = RuleIds.ReportedRupture,
            FindingKey = Wording.Key(RuleIds.ReportedRupture, rater, rated.Session.SessionId),
            Severity = severity,
            OccurredAt = rated.Session.StartsAt,
            SessionId = rated.Session.SessionId,
            Rater = rater,
            Inputs = new FindingInputs.Builder()
                .Add("answer", answer)
                .Add("talkedThrough", talkedThrough)
                .Build(),
            ExplanationEn =
                $"{Wording.CapitalisedEn(rater)} answered \"{answerEn}\" to whether something went wrong between patient and "
                + $"therapist in this session. {talkedEn}",
            ExplanationNb =
                $"{Wording.CapitalisedNb(rater)} svarte «{answerNb}» på om noe gikk galt mellom pasient og behandler i denne "
                + $"samtalen. {talkedNb}",
        };
    }
}
