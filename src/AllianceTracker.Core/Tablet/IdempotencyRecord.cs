namespace AllianceTracker.Core.Tablet;

/// <summary>The answer already given to a request key, so that a retry gets the same answer and stores nothing twice.</summary>
public class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string Scope { get; set; }

    /// <summary>Hash of the request body, to refuse a different request under a reused key.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }
    public string? ResponseJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
