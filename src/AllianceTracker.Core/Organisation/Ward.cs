namespace AllianceTracker.Core.Organisation;

public class Ward
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid InstitutionId { get; set; }
    public required string Name { get; set; }

    /// <summary>Code of the jurisdiction whose rule table applies, e.g. "NO".</summary>
    public string JurisdictionCode { get; set; } = "NO";

    /// <summary>IANA time zone id; day boundaries and reminders follow it.</summary>
    public string TimeZoneId { get; set; } = "Europe/Oslo";

    /// <summary>Therapists working on this ward must sign in with a second factor (Admin and WardManager always must).</summary>
    public bool TherapistsMustUseMfa { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
