namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>Neither the patient's view nor a reason why it could not be recorded (Mental Health Care Act §4-2).</summary>
internal sealed class ViewNotRecordedRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        CoerciveDecisions.Of(context)
            .Where(decision => !decision.PatientViewRecorded && !decision.PatientViewNotRecordedReasonGiven)
            .Select(decision => new Finding
            {
                RuleId = RuleIds.ViewNotRecorded,
                FindingKey = Wording.Key(RuleIds.ViewNotRecorded, decision.DecisionId),
                Severity = FlagSeverity.Medium,
                OccurredAt = decision.StartsAt,
                SubjectId = decision.DecisionId,
                Inputs = new FindingInputs.Builder()
                    .Add("ruleCode", decision.RuleCode)
                    .Add("startsAt", CoerciveDecisions.Started(decision, context))
                    .Build(),
                ExplanationEn =
                    $"The {decision.RuleCode} decision starting {CoerciveDecisions.Started(decision, context)} records neither the patient's "
                    + "view nor a reason why it could not be recorded.",
                ExplanationNb =
                    $"Vedtaket {decision.RuleCode} som startet {CoerciveDecisions.Started(decision, context)} har verken pasientens syn "
                    + "eller en grunn til at det ikke kunne registreres.",
            });
}
