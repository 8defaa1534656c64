using AllianceTracker.Core.Records;

namespace AllianceTracker.Core.Decisions;

public class TreatmentDecision : AmendableRecord<TreatmentDecisionContent, TreatmentDecisionVersion>
{
    public Guid? SessionId { get; set; }
}

public class TreatmentDecisionVersion : RecordVersion<TreatmentDecisionContent>;

public record TreatmentDecisionContent
{
    public DecisionTopic Topic { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
    public string? OptionsDiscussed { get; init; }

    /// <summary>The patient's preference in their own words.</summary>
    public string? PatientPreference { get; init; }

    public string? ClinicianRecommendation { get; init; }
    public string? Outcome { get; init; }
    public DecisionMaker DecidedBy { get; init; }
    public AgreementPosition PatientPosition { get; init; }
    public DecisionStage Stage { get; init; }

    /// <summary>Required when the clinician decided over the patient's objection.</summary>
    public string? Rationale { get; init; }
}

public enum DecisionTopic
{
    Medication,
    Leave,
    Activities,
    Contact,
    Other,
}

public enum DecisionMaker
{
    Jointly,
    Patient,
    ClinicianWithPatientAgreement,
    ClinicianOverPatientObjection,
}

/// <summary>The decision stages of the study's model of coercion and care.</summary>
public enum DecisionStage
{
    CoercionAsPower,
    AssessingLevelsOfAutonomy,
    CoercionAsCare,
    NoAgreementReached,
}
