namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>No record that the patient was told of the right to complain, and to whom.</summary>
internal sealed class ComplaintInfoMissingRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        CoerciveDecisions.Of(context)
            .Where(decision => !decision.PatientInformedOfComplaintRight)
            .Select(decision => new Finding
            {
                RuleId = RuleIds.ComplaintInfoMissing,
                FindingKey = Wording.Key(RuleIds.ComplaintInfoMissing, decision.DecisionId),
                Severity = FlagSeverity.Medium,
                OccurredAt = decision.StartsAt,
                SubjectId = decision.DecisionId,
                Inputs = new FindingInputs.Builder()
                    .Add("ruleCode", decision.RuleCode)
                    .Add("startsAt", CoerciveDecisions.Started(decision, context))
                    .Build(),
                ExplanationEn =
                    $"There is no record that the patient was told of the right to complain about the {decision.RuleCode} decision "
                    + $"starting {CoerciveDecisions.Started(decision, context)}, or to whom.",
                ExplanationNb =
                    $"Det er ikke registrert at pasienten fikk vite om retten til å klage på vedtaket {decision.RuleCode} "
                    + $"som startet {CoerciveDecisions.Started(decision, context)}, eller hvem klagen går til.",
            });
}
