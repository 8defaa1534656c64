using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>A total at least k SD below the rater's own earlier average on the same form.</summary>
internal sealed class DropFromBaselineRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        foreach (var rater in Enum.GetValues<Rater>())
        {
            var ratings = context.RatingsBy(rater);
            for (var index = 0; index < ratings.Count; index++)
            {
                var baseline = context.BaselineBefore(rater, index);
                if (baseline is null || baseline.Count < context.Parameters.MinPriorRatings)
                {
                    continue;
                }

                var finding = Check(context.Parameters, rater, ratings[index], baseline);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static Finding? Check(RuleParameters parameters, Rater rater, RatedSession rated, Baseline baseline)
    {
        var rating = rated.Rating;
        var sdsBelow = -baseline.StandardisedDistance(rating.TotalRaw);
        var (level, levelNb, threshold, severity) = sdsBelow >= parameters.ProbableDropSd
            ? ("probable", "sannsynlig", parameters.ProbableDropSd, FlagSeverity.High)
            : ("possible", "mulig", parameters.PossibleDropSd, FlagSeverity.Medium);
        if (sdsBelow < threshold)
        {
            return null;
        }

        var inputs = new FindingInputs.Builder()
            .Add("level", level)
            .Add("total", rating.TotalRaw)
            .Add("scaleMin", rating.ScaleMin)
            .Add("scaleMax", rating.ScaleMax)
            .Add("baselineMean", baseline.Mean)
            .Add("priorRatings", baseline.Count)
            .Add("ownSd", baseline.OwnSd)
            .Add("betweenPatientSd", baseline.BetweenPatientSd)
            .Add("betweenPatientSdSource", baseline.BetweenPatientSdSource)
            .Add("referenceSd", baseline.ReferenceSd)
            .Add("sdsBelowBaseline", sdsBelow)
            .Add("thresholdSd", threshold)
            .Add("instrumentVersionId", rating.InstrumentVersionId.ToString("N"));
        AddSubscale(inputs, "goal", rating.GoalRaw);
        AddSubscale(inputs, "task", rating.TaskRaw);
        AddSubscale(inputs, "bond", rating.BondRaw);

        var (spreadEn, spreadNb) = baseline.BetweenPatientSdSource == EvaluationContext.WardSdSource
            ? ("the ward's SD for this form", "avdelingens SD for skjemaet")
            : ("the form's normative SD", "skjemaets normative SD");

        return new Finding
        {
            RuleId = RuleIds.DropFromBaseline,
            FindingKey = Wording.Key(RuleIds.DropFromBaseline, rater, rated.Session.SessionId),
            Severity = severity,
            OccurredAt = rated.Session.StartsAt,
            SessionId = rated.Session.SessionId,
            Rater = rater,
            Inputs = inputs.Build(),
            ExplanationEn =
                $"{Wording.RaterPossessiveEn(rater)} total of {Wording.RawEn(rating.TotalRaw)} (scale {Wording.ScaleEn(rating)}) was "
                + $"{Wording.En(sdsBelow)} SD below the {Wording.RaterEn(rater)}'s own average of {Wording.En(baseline.Mean)} "
                + $"over {baseline.Count} earlier ratings on this form. SD used: {Wording.En(baseline.ReferenceSd)}, the larger of "
                + $"the {Wording.RaterEn(rater)}'s own SD ({Wording.En(baseline.OwnSd)}) and {spreadEn} ({Wording.En(baseline.BetweenPatientSd)}). "
                + $"This is a {level} drop (threshold {Wording.En(threshold)} SD).",
            ExplanationNb =
                $"{Wording.RaterPossessiveNb(rater)} totalskår på {Wording.RawNb(rating.TotalRaw)} (skala {Wording.ScaleNb(rating)}) lå "
                + $"{Wording.Nb(sdsBelow)} SD under {Wording.RaterNb(rater)}s eget snitt på {Wording.Nb(baseline.Mean)} "
                + $"fra {baseline.Count} tidligere vurderinger på dette skjemaet. SD brukt: {Wording.Nb(baseline.ReferenceSd)}, den største av "
                + $"{Wording.RaterNb(rater)}s egen SD ({Wording.Nb(baseline.OwnSd)}) og {spreadNb} ({Wording.Nb(baseline.BetweenPatientSd)}). "
                + $"Dette er et {levelNb} fall (terskel {Wording.Nb(threshold)} SD).",
        };
    }

    private static void AddSubscale(FindingInputs.Builder inputs, string name, double? value)
    {
        if (value is { } raw)
        {
            inputs.Add(name, raw);
        }
    }
}
