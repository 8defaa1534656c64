namespace AllianceTracker.Core.Dashboard;

/// <summary>The weekly ward report, as generated: one per ward and week (Monday to Sunday, ward time).</summary>
public class WardReport
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WardId { get; set; }
    public DateOnly WeekStart { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}
