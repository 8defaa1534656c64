namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>No record that the patient was told of the right to complain, and to whom.</summary>
internal sealed class ComplaintInfoMissingRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        CoerciveDecisions.Of(context)
            .Where(decision => !decision.PatientInformedOfComplaintRight)
            .Select(decision => CoerciveDecisions.DutyMissing(decision, context, RuleIds.ComplaintInfoMissing,
                (rule, started) => $"There is no record that the patient was told of the right to complain about the {rule} decision "
                                   + $"starting {started}, or to whom.",
                (rule, started) => $"Det er ikke registrert at pasienten fikk vite om retten til å klage på vedtaket {rule} "
                                   + $"som startet {started}, eller hvem klagen går til."));
}
