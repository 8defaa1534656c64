namespace AllianceTracker.Core.Ratings;

public class RatingAnswer
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RatingId { get; set; }
    public required string ItemKey { get; set; }
    public int? Value { get; set; }
    public string? Text { get; set; }
}
