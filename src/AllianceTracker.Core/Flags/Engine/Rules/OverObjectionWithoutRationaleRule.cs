using AllianceTracker.Core.Decisions;

namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>A treatment decision made over the patient's objection with no recorded rationale.</summary>
internal sealed class OverObjectionWithoutRationaleRule : IFlagRule
{
    public IEnumerable<Finding> Evaluate(EvaluationContext context) =>
        context.TreatmentDecisions
            .Where(decision => decision.DecidedBy == DecisionMaker.ClinicianOverPatientObjection && !decision.HasRationale)
            .Select(decision => new Finding
            {
                RuleId = RuleIds.OverObjectionWithoutRationale,
                FindingKey = Wording.Key(RuleIds.OverObjectionWithoutRationale, decision.DecisionId),
                Severity = FlagSeverity.Medium,
                OccurredAt = decision.DecidedAt,
                SubjectId = decision.DecisionId,
                Inputs = new FindingInputs.Builder()
                    .Add("decidedBy", decision.DecidedBy.ToString())
                    .Add("patientPosition", decision.PatientPosition.ToString())
                    .Add("decidedAt", Wording.LocalTime(decision.DecidedAt, context.TimeZone))
                    .Build(),
                ExplanationEn =
                    $"The treatment decision of {Wording.LocalTime(decision.DecidedAt, context.TimeZone)} was made by the clinician "
                    + "over the patient's objection, and no rationale is recorded.",
                ExplanationNb =
                    $"Behandlingsbeslutningen fra {Wording.LocalTime(decision.DecidedAt, context.TimeZone)} ble tatt av behandler "
                    + "mot pasientens innsigelse, og ingen begrunnelse er registrert.",
            });
}
