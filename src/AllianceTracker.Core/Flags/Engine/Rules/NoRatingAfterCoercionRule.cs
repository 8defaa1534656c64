namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// No patient rating in a session starting within a number of elapsed hours after a coercive
/// measure started. Checked once that time has passed.
/// </summary>
internal sealed class NoRatingAfterCoercionRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        var hoursAllowed = context.Parameters.PatientRatingAfterCoercionWithinHours;
        foreach (var decision in CoerciveDecisions.Of(context))
        {
            var deadline = decision.StartsAt.AddHours(hoursAllowed);
            if (context.Now <= deadline)
            {
                continue;
            }

            var sessionsInWindow = context.Sessions
                .Where(session => session.StartsAt >= decision.StartsAt && session.StartsAt <= deadline)
                .ToList();
            if (sessionsInWindow.Any(session => session.PatientRating is not null))
            {
                continue;
            }

            var withReason = sessionsInWindow.Count(session => session.NonResponseReason is not null);
            var started = CoerciveDecisions.Started(decision, context);
            yield return new Finding
            {
                RuleId = RuleIds.NoRatingAfterCoercion,
                FindingKey = Wording.Key(RuleIds.NoRatingAfterCoercion, decision.DecisionId),
                Severity = FlagSeverity.Medium,
                OccurredAt = deadline,
                SubjectId = decision.DecisionId,
                Inputs = new FindingInputs.Builder()
                    .Add("ruleCode", decision.RuleCode)
                    .Add("startsAt", started)
                    .Add("hoursAllowed", hoursAllowed)
                    .Add("sessionsInWindow", sessionsInWindow.Count)
                    .Add("sessionsWithReasonForNoRating", withReason)
                    .Build(),
                ExplanationEn =
                    $"The patient gave no rating in the {Wording.RawEn(hoursAllowed)} hours after the {decision.RuleCode} measure "
                    + $"started {started} ({sessionsInWindow.Count} sessions in that time, {withReason} with a recorded reason for no rating).",
                ExplanationNb =
                    $"Pasienten ga ingen vurdering i løpet av {Wording.RawNb(hoursAllowed)} timer etter at tiltaket {decision.RuleCode} "
                    + $"startet {started} ({sessionsInWindow.Count} samtaler i perioden, {withReason} med registrert grunn til manglende vurdering).",
            };
        }
    }
}
