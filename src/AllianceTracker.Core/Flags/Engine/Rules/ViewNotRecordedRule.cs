namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>Neither the patient's view nor a reason why it could not be recorded (Mental Health Care Act §4-2).</summary>
internal sealed class ViewNotRecordedRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        CoerciveDecisions.Of(context)
            .Where(decision => !decision.PatientViewRecorded && !decision.PatientViewNotRecordedReasonGiven)
            .Select(decision => CoerciveDecisions.DutyMissing(decision, context, RuleIds.ViewNotRecorded,
                (rule, started) => $"The {rule} decision starting {started} records neither the patient's "
                                   + "view nor a reason why it could not be recorded.",
                (rule, started) => $"Vedtaket {rule} som startet {started} har verken pasientens syn "
                                   + "eller en grunn til at det ikke kunne registreres."));
}
