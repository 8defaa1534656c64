namespace AllianceTracker.Core.Ratings;

/// <summary>Computed scores, raw and on a 0–100 scale, stored with the instrument version.</summary>
public record RatingScores
{
    public double? GoalRaw { get; init; }
    public double? TaskRaw { get; init; }
    public double? BondRaw { get; init; }
    public double? TotalRaw { get; init; }
    public double? Goal100 { get; init; }
    public double? Task100 { get; init; }
    public double? Bond100 { get; init; }
    public double? Total100 { get; init; }
}
