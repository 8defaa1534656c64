namespace AllianceTracker.Core.Tablet;

/// <summary>Attempts counted per key and time window in the database, so a limit holds across every node.</summary>
public class RateLimitBucket
{
    /// <summary>What is limited, e.g. "tablet-code:global" or "tablet-code:device:{hash}"; never patient data.</summary>
    public required string Key { get; set; }

    public DateTimeOffset WindowStart { get; set; }
    public int Count { get; set; }
}
