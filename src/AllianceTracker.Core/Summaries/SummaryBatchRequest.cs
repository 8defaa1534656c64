namespace AllianceTracker.Core.Summaries;

/// <summary>
/// A stored request for many summaries at once (e.g. everyone discharged this week). The background job
/// only carries it out, so a restart loses nothing: an unfinished request is picked up again.
/// </summary>
public class SummaryBatchRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WardId { get; set; }
    public SummaryAudience Audience { get; set; }

    /// <summary>Patients discharged on these days (inclusive), in the ward's time zone.</summary>
    public DateOnly DischargedFrom { get; set; }
    public DateOnly DischargedTo { get; set; }

    public Guid RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public SummaryBatchStatus Status { get; set; } = SummaryBatchStatus.Pending;
    public DateTimeOffset? CompletedAt { get; set; }
    public int DocumentCount { get; set; }

    /// <summary>What went wrong, in words fit for an administrator; never patient data.</summary>
    public string? Problem { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

public enum SummaryBatchStatus
{
    Pending,
    Running,
    Done,
    Failed,
}
