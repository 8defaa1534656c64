namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>The autonomy-limiting decisions the duties of a coercive decision apply to.</summary>
internal static class CoerciveDecisions
{
    public static IEnumerable<AutonomyDecisionPoint> Of(EvaluationContext context) =>
        context.AutonomyDecisions.Where(decision => !decision.IsConsentWithoutCoercion);

    public static bool IsListed(IReadOnlyList<string> ruleCodes, string ruleCode) =>
        ruleCodes.Contains(ruleCode, StringComparer.OrdinalIgnoreCase);

    public static string Started(AutonomyDecisionPoint decision, EvaluationContext context) =>
        Wording.LocalTime(decision.StartsAt, context.TimeZone);

    /// <summary>
    /// A duty of the decision that the record does not show as met; the wording gets the rule code and the local start.
    /// <paramref name="moreInputs"/> adds what else fired the finding to the rule code and start.
    /// </summary>
    public static Finding DutyMissing(
        AutonomyDecisionPoint decision, EvaluationContext context, string ruleId,
        Func<string, string, string> explanationEn, Func<string, string, string> explanationNb,
        Action<FindingInputs.Builder>? moreInputs = null)
    {
        var started = Started(decision, context);
        var inputs = new FindingInputs.Builder()
            .Add("ruleCode", decision.RuleCode)
            .Add("startsAt", started);
        moreInputs?.Invoke(inputs);
        return new Finding
        {
            RuleId = ruleId,
            FindingKey = Wording.Key(ruleId, decision.DecisionId),
            Severity = FlagSeverity.Medium,
            OccurredAt = decision.StartsAt,
            SubjectId = decision.DecisionId,
            Inputs = inputs.Build(),
            ExplanationEn = explanationEn(decision.RuleCode, started),
            ExplanationNb = explanationNb(decision.RuleCode, started),
        };
    }
}
