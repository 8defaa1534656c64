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
}
