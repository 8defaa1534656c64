namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>
/// Consecutive sessions with neither a patient rating nor a recorded reason. One finding per run,
/// keyed by the run's first session, so a run that grows updates the same finding.
/// </summary>
internal sealed class MissingVoiceRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context)
    {
        var run = new List<SessionPoint>();
        foreach (var session in context.Sessions)
        {
            if (session.PatientRating is null && session.NonResponseReason is null)
            {
                run.Add(session);
                continue;
            }

            if (run.Count >= context.Parameters.MissingVoiceConsecutiveSessions)
            {
                yield return Describe(context, run);
            }

            run = [];
        }

        if (run.Count >= context.Parameters.MissingVoiceConsecutiveSessions)
        {
            yield return Describe(context, run);
        }
    }

    private static Finding Describe(EvaluationContext context, List<SessionPoint> run)
    {
        var first = run[0];
        var last = run[^1];
        var from = Wording.LocalTime(first.StartsAt, context.TimeZone);
        var to = Wording.LocalTime(last.StartsAt, context.TimeZone);
        return new Finding
        {
            RuleId = RuleIds.MissingVoice,
            FindingKey = Wording.Key(RuleIds.MissingVoice, first.SessionId),
            Severity = FlagSeverity.Medium,
            OccurredAt = last.StartsAt,
            SessionId = last.SessionId,
            Inputs = new FindingInputs.Builder()
                .Add("consecutiveSessions", run.Count)
                .Add("threshold", context.Parameters.MissingVoiceConsecutiveSessions)
                .Add("firstSessionId", first.SessionId.ToString("N"))
                .Add("firstSessionStart", from)
                .Add("lastSessionStart", to)
                .Build(),
            ExplanationEn =
                $"Neither a patient rating nor a reason for its absence was recorded in {run.Count} consecutive sessions "
                + $"(from {from} to {to}, ward time).",
            ExplanationNb =
                $"Verken pasientens vurdering eller en grunn til at den mangler ble registrert i {run.Count} samtaler på rad "
                + $"(fra {from} til {to}, avdelingens tid).",
        };
    }
}
