using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// The therapist's total exceeds the patient's by more than a share of the scale, both put on
/// 0–100 of their own form's range. Only this direction is flagged: the therapist may be
/// overestimating the alliance.
/// </summary>
internal sealed class RaterGapRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        var thresholdPoints = context.Parameters.RaterGapShare * 100;
        foreach (var session in context.Sessions)
        {
            if (session.PatientRating is not { } patient || session.TherapistRating is not { } therapist)
            {
                continue;
            }

            var gapPoints = therapist.Total100 - patient.Total100;
            if (gapPoints > thresholdPoints)
            {
                yield return Describe(session, patient, therapist, gapPoints, thresholdPoints);
            }
        }
    }

    private static Finding Describe(SessionPoint session, RatingPoint patient, RatingPoint therapist, double gapPoints, double thresholdPoints) =>
        new()
        {
            RuleId = RuleIds.RaterGap,
            FindingKey = Wording.Key(RuleIds.RaterGap, session.SessionId),
            Severity = FlagSeverity.Medium,
            OccurredAt = session.StartsAt,
            SessionId = session.SessionId,
            Rater = Rater.Therapist,
            Inputs = new FindingInputs.Builder()
                .Add("patientTotal", patient.TotalRaw)
                .Add("patientScaleMin", patient.ScaleMin)
                .Add("patientScaleMax", patient.ScaleMax)
                .Add("therapistTotal", therapist.TotalRaw)
                .Add("therapistScaleMin", therapist.ScaleMin)
                .Add("therapistScaleMax", therapist.ScaleMax)
                .Add("patientTotal100", patient.Total100)
                .Add("therapistTotal100", therapist.Total100)
                .Add("gapPoints", gapPoints)
                .Add("thresholdPoints", thresholdPoints)
                .Build(),
            ExplanationEn =
                $"The therapist's rating was {Wording.En(gapPoints)} points above the patient's on a 0–100 scale "
                + $"(therapist {Wording.En(therapist.Total100)}, patient {Wording.En(patient.Total100)}); the limit is "
                + $"{Wording.En(thresholdPoints)} points. The therapist may see the alliance as stronger than the patient does.",
            ExplanationNb =
                $"Terapeutens vurdering lå {Wording.Nb(gapPoints)} poeng over pasientens på en skala fra 0 til 100 "
                + $"(terapeut {Wording.Nb(therapist.Total100)}, pasient {Wording.Nb(patient.Total100)}); grensen er "
                + $"{Wording.Nb(thresholdPoints)} poeng. Terapeuten kan oppleve arbeidsalliansen som sterkere enn pasienten gjør.",
        };
}
