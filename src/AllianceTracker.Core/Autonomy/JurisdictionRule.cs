namespace AllianceTracker.Core.Autonomy;

/// <summary>
/// One section of a jurisdiction's law on coercion, as data, so that other jurisdictions are
/// added as rule tables rather than code.
/// </summary>
public class JurisdictionRule
{
    /// <summary>The longest jurisdiction code ("NO", ...) a rule or a ward holds.</summary>
    public const int JurisdictionCodeLength = 10;

    public Guid Id { get; set; }
    public required string JurisdictionCode { get; set; }

    /// <summary>Stable code, e.g. "NO-4-8".</summary>
    public required string Code { get; set; }

    /// <summary>The section as written in the law, e.g. "§4-8".</summary>
    public required string Section { get; set; }

    public required string Act { get; set; }
    public required string NameEn { get; set; }
    public required string NameNb { get; set; }
    public MeasureCategory Category { get; set; }

    /// <summary>Who the patient may complain to, e.g. the Control Commission.</summary>
    public required string ComplaintBodyEn { get; set; }
    public required string ComplaintBodyNb { get; set; }

    /// <summary>A formal decision is required even when the patient consents.</summary>
    public bool FormalDecisionRequiredWithConsent { get; set; }

    public bool RequiresCapacityAssessment { get; set; }
    public bool RequiresMilderMeansTried { get; set; }
    public bool FollowUpConversationRequired { get; set; }
    public string? NotesEn { get; set; }
    public int SortOrder { get; set; }
    public List<JurisdictionRuleMeans> Means { get; set; } = [];
}

public enum MeasureCategory
{
    LegalStatus,
    Seclusion,
    TreatmentWithoutConsent,
    ContactRestriction,
    Search,
    SeizureOrDrugTest,
    CoerciveMeans,
}
