namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// A measure recorded without a formal decision (vedtak) although its rule requires one: always without consent, and
/// with consent where the rule table says so (in Norway every section except §4-4 and §4-7a). Without a formal
/// decision the patient has nothing to complain about to the complaint body.
/// </summary>
internal sealed class FormalDecisionMissingRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        CoerciveDecisions.Of(context)
            .Where(decision => !decision.FormalDecisionMade)
            .Select(decision => decision.PatientConsented ? MissingDespiteConsent(decision, context) : Missing(decision, context));

    private static Finding Missing(AutonomyDecisionPoint decision, EvaluationContext context) =>
        CoerciveDecisions.DutyMissing(decision, context, RuleIds.FormalDecisionMissing,
            (rule, started) => $"No formal decision (vedtak) is recorded for the {rule} measure starting {started}; "
                               + "the patient did not consent, so the rule requires one.",
            (rule, started) => $"Det er ikke registrert noe vedtak for tiltaket {rule} som startet {started}; "
                               + "pasienten samtykket ikke, så regelen krever vedtak.",
            inputs => inputs.Add("patientConsented", "false"));

    private static Finding MissingDespiteConsent(AutonomyDecisionPoint decision, EvaluationContext context) =>
        CoerciveDecisions.DutyMissing(decision, context, RuleIds.FormalDecisionMissing,
            (rule, started) => $"No formal decision (vedtak) is recorded for the {rule} measure starting {started}; "
                               + "the patient consented, but the rule requires a formal decision even with consent.",
            (rule, started) => $"Det er ikke registrert noe vedtak for tiltaket {rule} som startet {started}; "
                               + "pasienten samtykket, men regelen krever vedtak også ved samtykke.",
            inputs => inputs.Add("patientConsented", "true"));
}
