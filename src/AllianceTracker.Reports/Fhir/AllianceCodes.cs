using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Instruments;
using Hl7.Fhir.Model;

namespace AllianceTracker.Reports.Fhir;

/// <summary>
/// Our CodeSystem: LOINC and SNOMED CT have no codes for working-alliance scores or for the measures of a mental
/// health act, so exports code them here. Every code is listed in docs/fhir.md.
/// </summary>
public static class AllianceCodes
{
    public const string System = "https://alliancetracker.example/fhir/CodeSystem/alliance";

    /// <summary>Jurisdiction rule codes such as "NO-4-8"; the codes are the rule tables' data, not a fixed list.</summary>
    public const string LegalBasisSystem = "https://alliancetracker.example/fhir/CodeSystem/legal-basis";

    public const string QuestionnaireBase = "https://alliancetracker.example/fhir/Questionnaire/";
    public const string ExtensionBase = "https://alliancetracker.example/fhir/StructureDefinition/";

    public const string AllianceRating = "alliance-rating";
    public const string Goal = "goal";
    public const string Task = "task";
    public const string Bond = "bond";
    public const string SummaryExport = "summary-export";

    public static readonly IReadOnlyList<(string Code, string Display, string Definition)> Concepts =
    [
        (AllianceRating, "Working alliance rating", "One rater's total alliance score for one session, 0–100."),
        (Goal, "Agreement on goals", "The goal subscale of an alliance rating, 0–100."),
        (Task, "Agreement on tasks", "The task subscale of an alliance rating, 0–100."),
        (Bond, "Bond", "The bond subscale of an alliance rating, 0–100."),
        (RaterCode(Rater.Patient), "Rated by the patient", "The rating is the patient's own."),
        (RaterCode(Rater.Therapist), "Rated by the therapist", "The rating is the therapist's (or other staff rater's)."),
        (MeasureCode(MeasureCategory.LegalStatus), "Compulsory legal status", "Compulsory observation or compulsory mental health care."),
        (MeasureCode(MeasureCategory.Seclusion), "Seclusion", "Seclusion (skjerming)."),
        (MeasureCode(MeasureCategory.TreatmentWithoutConsent), "Treatment without consent", "Examination or treatment without the patient's consent."),
        (MeasureCode(MeasureCategory.ContactRestriction), "Restriction of contact", "Restrictions on contact with the outside world."),
        (MeasureCode(MeasureCategory.Search), "Search", "Search of room, belongings or body."),
        (MeasureCode(MeasureCategory.SeizureOrDrugTest), "Seizure or drug test", "Seizure of items, or testing for drugs."),
        (MeasureCode(MeasureCategory.CoerciveMeans), "Coercive means", "Mechanical restraint, short-term isolation, a single dose of a short-acting sedative, or short-term holding."),
        (SummaryExport, "Shared-decision summary export", "The activity of exporting a patient's shared-decision summary."),
    ];

    public static string RaterCode(Rater rater) => rater switch
    {
        Rater.Patient => "rater-patient",
        Rater.Therapist => "rater-therapist",
        _ => throw new ArgumentOutOfRangeException(nameof(rater), rater, null),
    };

    public static string MeasureCode(MeasureCategory category) => category switch
    {
        MeasureCategory.LegalStatus => "measure-legal-status",
        MeasureCategory.Seclusion => "measure-seclusion",
        MeasureCategory.TreatmentWithoutConsent => "measure-treatment-without-consent",
        MeasureCategory.ContactRestriction => "measure-contact-restriction",
        MeasureCategory.Search => "measure-search",
        MeasureCategory.SeizureOrDrugTest => "measure-seizure-or-drug-test",
        MeasureCategory.CoerciveMeans => "measure-coercive-means",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static CodeableConcept Concept(string code) =>
        new(System, code, Concepts.Single(c => c.Code == code).Display);

    public static CodeSystem ToCodeSystem() => new()
    {
        Url = System,
        Name = "AllianceTrackerCodes",
        Title = "AllianceTracker codes",
        Status = PublicationStatus.Active,
        Content = CodeSystemContentMode.Complete,
        CaseSensitive = true,
        Concept = [.. Concepts.Select(c => new CodeSystem.ConceptDefinitionComponent { Code = c.Code, Display = c.Display, Definition = c.Definition })],
    };
}
