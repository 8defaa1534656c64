namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// A measure that rests on a capacity-to-consent assessment has none, one made after the measure
/// started, or one older than the ward's limit. Age is counted in calendar days of the ward's time zone.
/// </summary>
internal sealed class CapacityAssessmentRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        var parameters = context.Parameters;
        foreach (var decision in CoerciveDecisions.Of(context))
        {
            var required = decision.RequiresCapacityAssessment
                || CoerciveDecisions.IsListed(parameters.CapacityAssessmentRuleCodes, decision.RuleCode);
            if (!required)
            {
                continue;
            }

            var finding = decision.CapacityAssessedAt switch
            {
                null => Missing(context, decision),
                { } assessedAt when assessedAt > decision.StartsAt => AfterStart(context, decision, assessedAt),
                { } assessedAt => StaleOrNull(context, decision, assessedAt),
            };
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static Finding Missing(EvaluationContext context, AutonomyDecisionPoint decision)
    {
        var started = CoerciveDecisions.Started(decision, context);
        return Create(decision, FlagSeverity.High, Inputs(decision, started, "missing").Build(),
            $"The {decision.RuleCode} decision starting {started} should rest on an assessment of capacity to consent, but none is linked to it.",
            $"Vedtaket {decision.RuleCode} som startet {started} skal bygge på en vurdering av samtykkekompetanse, men ingen er knyttet til det.");
    }

    private static Finding AfterStart(EvaluationContext context, AutonomyDecisionPoint decision, DateTimeOffset assessedAt)
    {
        var started = CoerciveDecisions.Started(decision, context);
        var assessed = Wording.LocalTime(assessedAt, context.TimeZone);
        return Create(decision, FlagSeverity.High, Inputs(decision, started, "after-start").Add("assessedAt", assessed).Build(),
            $"The assessment of capacity to consent linked to the {decision.RuleCode} decision starting {started} was made after the measure started ({assessed}).",
            $"Vurderingen av samtykkekompetanse knyttet til vedtaket {decision.RuleCode} som startet {started} ble gjort etter at tiltaket startet ({assessed}).");
    }

    private static Finding? StaleOrNull(EvaluationContext context, AutonomyDecisionPoint decision, DateTimeOffset assessedAt)
    {
        var maxAgeDays = context.Parameters.CapacityAssessmentMaxAgeDays;
        var ageDays = LocalDate(decision.StartsAt, context.TimeZone).DayNumber - LocalDate(assessedAt, context.TimeZone).DayNumber;
        if (ageDays <= maxAgeDays)
        {
            return null;
        }

        var started = CoerciveDecisions.Started(decision, context);
        var assessed = Wording.LocalTime(assessedAt, context.TimeZone);
        var inputs = Inputs(decision, started, "stale")
            .Add("assessedAt", assessed)
            .Add("ageDays", ageDays)
            .Add("maxAgeDays", maxAgeDays)
            .Build();
        return Create(decision, FlagSeverity.Medium, inputs,
            $"The assessment of capacity to consent linked to the {decision.RuleCode} decision starting {started} was made {assessed}, "
            + $"{ageDays} calendar days earlier (ward setting: at most {maxAgeDays} days).",
            $"Vurderingen av samtykkekompetanse knyttet til vedtaket {decision.RuleCode} som startet {started} ble gjort {assessed}, "
            + $"{ageDays} kalenderdager før (avdelingens innstilling: høyst {maxAgeDays} dager).");
    }

    private static DateOnly LocalDate(DateTimeOffset time, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, timeZone).DateTime);

    private static FindingInputs.Builder Inputs(AutonomyDecisionPoint decision, string started, string problem) =>
        new FindingInputs.Builder()
            .Add("ruleCode", decision.RuleCode)
            .Add("startsAt", started)
            .Add("problem", problem);

    private static Finding Create(AutonomyDecisionPoint decision, FlagSeverity severity, FindingInputs inputs, string explanationEn, string explanationNb) =>
        new()
        {
            RuleId = RuleIds.CapacityAssessmentMissingOrStale,
            FindingKey = Wording.Key(RuleIds.CapacityAssessmentMissingOrStale, decision.DecisionId),
            Severity = severity,
            OccurredAt = decision.StartsAt,
            SubjectId = decision.DecisionId,
            Inputs = inputs,
            ExplanationEn = explanationEn,
            ExplanationNb = explanationNb,
        };
}
