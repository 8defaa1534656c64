namespace AllianceTracker.Core.Patients;

/// <summary>A pseudonymous patient: no name and no national identity number are stored.</summary>
public class Patient
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WardId { get; set; }
    public required string DisplayAlias { get; set; }

    /// <summary>BCP 47 tag of the language the patient reads best: "nb", "nn", "en" …</summary>
    public string PreferredLanguage { get; set; } = "nb";

    /// <summary>Optional reference to the hospital's record (never a national identity number).</summary>
    public string? HospitalRecordReference { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
    public Guid RegisteredBy { get; set; }

    /// <summary>True for generated demonstration data.</summary>
    public bool IsSynthetic { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
