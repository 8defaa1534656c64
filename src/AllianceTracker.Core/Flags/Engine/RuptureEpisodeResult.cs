using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>A rupture seen by one rater and whether it was repaired within the repair window.</summary>
public sealed record RuptureEpisodeResult
{
    /// <summary>Stable identity: the rater and the session that opened the episode.</summary>
    public required string EpisodeKey { get; init; }

    public required Rater Rater { get; init; }
    public required Guid OpenedBySessionId { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public required string OpenedByRuleId { get; init; }

    /// <summary>Mean of the rater's earlier totals on the same form; null when there were none.</summary>
    public double? BaselineMean { get; init; }

    public double? BaselineSd { get; init; }
    public required RuptureStatus Status { get; init; }
    public Guid? ClosedBySessionId { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
}
