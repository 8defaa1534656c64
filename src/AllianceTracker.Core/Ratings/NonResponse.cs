namespace AllianceTracker.Core.Ratings;

/// <summary>A patient rating that was not given, with its reason. Missing is data.</summary>
public class NonResponse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid PatientId { get; set; }
    public Guid WardId { get; set; }
    public NonResponseReason Reason { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The staff member who recorded it; null when the patient declined on the tablet.</summary>
    public Guid? RecordedBy { get; set; }

    public Guid? SubmissionId { get; set; }
}

public enum NonResponseReason
{
    Declined,
    TooUnwell,
    NotOffered,
    Interrupted,
}
