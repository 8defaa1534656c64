namespace AllianceTracker.Core.Stays;

/// <summary>One stay on a ward, with the legal status over time and the capacity assessments made.</summary>
public class EpisodeOfCare
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PatientId { get; set; }
    public Guid WardId { get; set; }
    public DateTimeOffset AdmittedAt { get; set; }
    public DateTimeOffset? DischargedAt { get; set; }
    public Guid AdmittedBy { get; set; }
    public Guid? DischargedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<LegalStatusPeriod> LegalStatus { get; set; } = [];
    public List<CapacityAssessment> CapacityAssessments { get; set; } = [];

    public bool IsOpenAt(DateTimeOffset at) => AdmittedAt <= at && (DischargedAt is null || DischargedAt > at);

    /// <summary>The status in force at a moment: the latest change at or before it.</summary>
    public LegalStatusPeriod? LegalStatusAt(DateTimeOffset at) =>
        LegalStatus.Where(s => s.From <= at).OrderBy(s => s.From).ThenBy(s => s.RecordedAt).LastOrDefault();
}
