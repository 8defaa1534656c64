namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// After a measure that needs one, a follow-up conversation must be offered within a number of
/// elapsed hours of the measure's end. Not yet offered after the deadline: high; offered late: medium.
/// A measure still going on is not yet due.
/// </summary>
internal sealed class FollowUpOverdueRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        var parameters = context.Parameters;
        foreach (var decision in CoerciveDecisions.Of(context))
        {
            var required = decision.FollowUpConversationRequired
                || CoerciveDecisions.IsListed(parameters.FollowUpRuleCodes, decision.RuleCode);
            if (!required || decision.EndsAt is not { } endedAt || endedAt > context.Now)
            {
                continue;
            }

            var deadline = endedAt.AddHours(parameters.FollowUpWithinHours);
            var firstOffer = decision.FollowUpsOfferedAt
                .Where(offeredAt => offeredAt >= decision.StartsAt && offeredAt <= context.Now)
                .Order()
                .Cast<DateTimeOffset?>()
                .FirstOrDefault();

            if (firstOffer is { } offeredAt && offeredAt > deadline)
            {
                yield return OfferedLate(context, decision, endedAt, deadline, offeredAt);
            }
            else if (firstOffer is null && context.Now > deadline)
            {
                yield return NotOffered(context, decision, endedAt, deadline);
            }
        }
    }

    private static Finding OfferedLate(EvaluationContext context, AutonomyDecisionPoint decision, DateTimeOffset endedAt, DateTimeOffset deadline, DateTimeOffset offeredAt)
    {
        var hoursToOffer = (offeredAt - endedAt).TotalHours;
        var hoursAllowed = context.Parameters.FollowUpWithinHours;
        var ended = Wording.LocalTime(endedAt, context.TimeZone);
        return new Finding
        {
            RuleId = RuleIds.FollowUpOverdue,
            FindingKey = Wording.Key(RuleIds.FollowUpOverdue, decision.DecisionId),
            Severity = FlagSeverity.Medium,
            OccurredAt = deadline,
            SubjectId = decision.DecisionId,
            Inputs = Inputs(context, decision, endedAt, deadline).Add("hoursUntilOffered", hoursToOffer).Build(),
            ExplanationEn =
                $"The {decision.RuleCode} measure ended {ended}; the follow-up conversation was first offered "
                + $"{Wording.En(hoursToOffer)} hours later, after the {Wording.RawEn(hoursAllowed)} hours allowed.",
            ExplanationNb =
                $"Tiltaket {decision.RuleCode} ble avsluttet {ended}; ettersamtale ble først tilbudt "
                + $"{Wording.Nb(hoursToOffer)} timer senere, etter de {Wording.RawNb(hoursAllowed)} timene som er satt.",
        };
    }

    private static Finding NotOffered(EvaluationContext context, AutonomyDecisionPoint decision, DateTimeOffset endedAt, DateTimeOffset deadline)
    {
        var hoursSinceEnd = (context.Now - endedAt).TotalHours;
        var hoursAllowed = context.Parameters.FollowUpWithinHours;
        var ended = Wording.LocalTime(endedAt, context.TimeZone);
        return new Finding
        {
            RuleId = RuleIds.FollowUpOverdue,
            FindingKey = Wording.Key(RuleIds.FollowUpOverdue, decision.DecisionId),
            Severity = FlagSeverity.High,
            OccurredAt = deadline,
            SubjectId = decision.DecisionId,
            Inputs = Inputs(context, decision, endedAt, deadline).Add("hoursSinceEnd", hoursSinceEnd).Build(),
            ExplanationEn =
                $"The {decision.RuleCode} measure ended {ended}; no follow-up conversation has been offered in the "
                + $"{Wording.En(hoursSinceEnd)} hours since (allowed: {Wording.RawEn(hoursAllowed)} hours).",
            ExplanationNb =
                $"Tiltaket {decision.RuleCode} ble avsluttet {ended}; ingen ettersamtale er tilbudt i løpet av de "
                + $"{Wording.Nb(hoursSinceEnd)} timene som har gått (grense: {Wording.RawNb(hoursAllowed)} timer).",
        };
    }

    private static FindingInputs.Builder Inputs(EvaluationContext context, AutonomyDecisionPoint decision, DateTimeOffset endedAt, DateTimeOffset deadline) =>
        new FindingInputs.Builder()
            .Add("ruleCode", decision.RuleCode)
            .Add("endedAt", Wording.LocalTime(endedAt, context.TimeZone))
            .Add("deadline", Wording.LocalTime(deadline, context.TimeZone))
            .Add("hoursAllowed", context.Parameters.FollowUpWithinHours);
}
