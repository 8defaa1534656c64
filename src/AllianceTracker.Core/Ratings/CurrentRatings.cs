namespace AllianceTracker.Core.Ratings;

/// <summary>A correction is a new rating that names the one it supersedes; only ratings nobody superseded count.</summary>
public static class CurrentRatings
{
    public static List<AllianceRating> Of(IReadOnlyCollection<AllianceRating> ratings)
    {
        var superseded = ratings.Where(r => r.SupersedesRatingId != null).Select(r => r.SupersedesRatingId!.Value).ToHashSet();
        return ratings.Where(r => !superseded.Contains(r.Id)).ToList();
    }
}
