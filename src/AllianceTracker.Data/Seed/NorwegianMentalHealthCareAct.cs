using AllianceTracker.Core.Autonomy;

namespace AllianceTracker.Data.Seed;

/// <summary>
/// Norway's Mental Health Care Act (psykisk helsevernloven) as a rule table, as described by the
/// Norwegian Directorate of Health. Check the current law text before release: reforms are pending.
/// The ids are fixed because the rows are part of the migrations.
/// </summary>
public static class NorwegianMentalHealthCareAct
{
    private const string Act = "Psykisk helsevernloven";
    private const string ControlCommissionEn = "the Control Commission";
    private const string ControlCommissionNb = "kontrollkommisjonen";

    public static readonly Guid CompulsoryObservation = new("0b6b2c1e-3f0a-4c1e-9a01-000000000302");
    public static readonly Guid CompulsoryCare = new("0b6b2c1e-3f0a-4c1e-9a01-000000000303");
    public static readonly Guid Seclusion = new("0b6b2c1e-3f0a-4c1e-9a01-000000000403");
    public static readonly Guid TreatmentWithoutConsent = new("0b6b2c1e-3f0a-4c1e-9a01-000000000404");
    public static readonly Guid ContactRestriction = new("0b6b2c1e-3f0a-4c1e-9a01-000000000405");
    public static readonly Guid Search = new("0b6b2c1e-3f0a-4c1e-9a01-000000000406");
    public static readonly Guid Seizure = new("0b6b2c1e-3f0a-4c1e-9a01-000000000407");
    public static readonly Guid DrugTesting = new("0b6b2c1e-3f0a-4c1e-9a01-00000000047a");
    public static readonly Guid CoerciveMeans = new("0b6b2c1e-3f0a-4c1e-9a01-000000000408");

    public static IReadOnlyList<JurisdictionRule> Rules { get; } =
    [
        Rule(CompulsoryObservation, "NO-3-2", "§3-2", "Compulsory observation", "Tvungen observasjon",
            MeasureCategory.LegalStatus, ControlCommissionEn, ControlCommissionNb, 10),
        Rule(CompulsoryCare, "NO-3-3", "§3-3", "Compulsory mental health care", "Tvungent psykisk helsevern",
            MeasureCategory.LegalStatus, ControlCommissionEn, ControlCommissionNb, 20,
            requiresCapacity: true,
            notes: "Since 1 September 2017 requires lack of capacity to consent, unless there is an imminent risk to life or health."),
        Rule(Seclusion, "NO-4-3", "§4-3", "Seclusion (skjerming)", "Skjerming",
            MeasureCategory.Seclusion, ControlCommissionEn, ControlCommissionNb, 30, followUp: true),
        Rule(TreatmentWithoutConsent, "NO-4-4", "§4-4", "Treatment without consent", "Behandling uten eget samtykke",
            MeasureCategory.TreatmentWithoutConsent, "the State administrator (Statsforvalteren)", "Statsforvalteren", 40,
            formalWithConsent: false, requiresCapacity: true,
            notes: "Valid consent removes the need for a formal decision."),
        Rule(ContactRestriction, "NO-4-5", "§4-5", "Restrictions on contact with the outside world", "Begrensninger i forbindelse med omverdenen",
            MeasureCategory.ContactRestriction, ControlCommissionEn, ControlCommissionNb, 50),
        Rule(Search, "NO-4-6", "§4-6", "Search of room, belongings or body", "Undersøkelse av rom og eiendeler samt kroppsvisitasjon",
            MeasureCategory.Search, ControlCommissionEn, ControlCommissionNb, 60),
        Rule(Seizure, "NO-4-7", "§4-7", "Seizure", "Beslag",
            MeasureCategory.SeizureOrDrugTest, ControlCommissionEn, ControlCommissionNb, 70),
        Rule(DrugTesting, "NO-4-7a", "§4-7a", "Drug testing", "Rusmiddeltesting",
            MeasureCategory.SeizureOrDrugTest, ControlCommissionEn, ControlCommissionNb, 80, formalWithConsent: false),
        Rule(CoerciveMeans, "NO-4-8", "§4-8", "Coercive means", "Tvangsmidler",
            MeasureCategory.CoerciveMeans, ControlCommissionEn, ControlCommissionNb, 90, milderMeans: true, followUp: true,
            notes: "Only when unavoidably necessary, only in 24-hour institutions, and only after milder means have failed."),
    ];

    public static IReadOnlyList<JurisdictionRuleMeans> Means { get; } =
    [
        Means4_8("a", "Mechanical restraint", "Mekaniske tvangsmidler", 1),
        Means4_8("b", "Short-term isolation behind a locked door", "Kortvarig anbringelse bak låst dør", 2),
        Means4_8("c", "A single dose of short-acting sedative", "Enkeltstående bruk av korttidsvirkende legemidler", 3),
        Means4_8("d", "Short-term holding", "Kortvarig fastholding", 4),
    ];

    private static JurisdictionRuleMeans Means4_8(string code, string en, string nb, int n) => new()
    {
        Id = new Guid($"0b6b2c1e-3f0a-4c1e-9a02-00000000048{n}"),
        RuleId = CoerciveMeans,
        Code = code,
        NameEn = en,
        NameNb = nb,
    };

    private static JurisdictionRule Rule(
        Guid id, string code, string section, string en, string nb, MeasureCategory category,
        string complaintEn, string complaintNb, int order, bool formalWithConsent = true, bool requiresCapacity = false,
        bool milderMeans = false, bool followUp = false, string? notes = null) => new()
    {
        Id = id,
        JurisdictionCode = "NO",
        Code = code,
        Section = section,
        Act = Act,
        NameEn = en,
        NameNb = nb,
        Category = category,
        ComplaintBodyEn = complaintEn,
        ComplaintBodyNb = complaintNb,
        FormalDecisionRequiredWithConsent = formalWithConsent,
        RequiresCapacityAssessment = requiresCapacity,
        RequiresMilderMeansTried = milderMeans,
        FollowUpConversationRequired = followUp,
        NotesEn = notes,
        SortOrder = order,
    };
}
