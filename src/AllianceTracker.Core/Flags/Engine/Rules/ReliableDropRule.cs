using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// A fall from the rater's previous total on the same form larger than measurement error:
/// RCI = (x₂ − x₁) / (SD · √2 · √(1 − r)) below −threshold (Jacobson &amp; Truax 1991).
/// </summary>
internal sealed class ReliableDropRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        foreach (var rater in Enum.GetValues<Rater>())
        {
            var ratings = context.RatingsBy(rater);
            for (var index = 1; index < ratings.Count; index++)
            {
                var current = ratings[index];
                var previous = ratings
                    .Take(index)
                    .LastOrDefault(rated => rated.Rating.InstrumentVersionId == current.Rating.InstrumentVersionId);
                if (previous is null)
                {
                    continue;
                }

                var finding = Check(context.Parameters.ReliableChangeThreshold, rater, previous.Rating, current);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static Finding? Check(double threshold, Rater rater, RatingPoint previous, RatedSession current)
    {
        var rating = current.Rating;
        var r = rating.Reliability;
        var sd = rating.NormativeSd;
        if (sd <= 0 || r is < 0 or >= 1)
        {
            return null;
        }

        // SD·√2·√(1−r) computed as SD·√(2(1−r)): the same value with one rounding fewer.
        var standardErrorOfDifference = sd * Math.Sqrt(2 * (1 - r));
        var rci = (rating.TotalRaw - previous.TotalRaw) / standardErrorOfDifference;
        if (rci >= -threshold)
        {
            return null;
        }

        return new Finding
        {
            RuleId = RuleIds.ReliableDrop,
            FindingKey = Wording.Key(RuleIds.ReliableDrop, rater, current.Session.SessionId),
            Severity = FlagSeverity.Medium,
            OccurredAt = current.Session.StartsAt,
            SessionId = current.Session.SessionId,
            Rater = rater,
            Inputs = new FindingInputs.Builder()
                .Add("previousTotal", previous.TotalRaw)
                .Add("total", rating.TotalRaw)
                .Add("normativeSd", sd)
                .Add("reliability", r)
                .Add("standardErrorOfDifference", standardErrorOfDifference)
                .Add("rci", rci)
                .Add("threshold", threshold)
                .Add("instrumentVersionId", rating.InstrumentVersionId.ToString("N"))
                .Build(),
            ExplanationEn =
                $"{Wording.RaterPossessiveEn(rater)} total went from {Wording.RawEn(previous.TotalRaw)} to {Wording.RawEn(rating.TotalRaw)} "
                + $"since the {Wording.RaterEn(rater)}'s previous rating on this form (scale {Wording.ScaleEn(rating)}). "
                + $"The reliable change index is {Wording.En(rci, 2)}, beyond -{Wording.En(threshold, 2)}: a fall larger than "
                + $"measurement error alone would explain (normative SD {Wording.En(sd)}, reliability {Wording.En(r, 2)}).",
            ExplanationNb =
                $"{Wording.RaterPossessiveNb(rater)} totalskår gikk fra {Wording.RawNb(previous.TotalRaw)} til {Wording.RawNb(rating.TotalRaw)} "
                + $"siden {Wording.RaterNb(rater)}s forrige vurdering på dette skjemaet (skala {Wording.ScaleNb(rating)}). "
                + $"Reliabel endringsindeks er {Wording.Nb(rci, 2)}, forbi -{Wording.Nb(threshold, 2)}: et fall større enn "
                + $"målefeil alene kan forklare (normativ SD {Wording.Nb(sd)}, reliabilitet {Wording.Nb(r, 2)}).",
        };
    }
}
