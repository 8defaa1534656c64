using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>One session with whatever each rater gave for it.</summary>
public sealed record SessionPoint
{
    public required Guid SessionId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public RatingPoint? PatientRating { get; init; }
    public RatingPoint? TherapistRating { get; init; }

    /// <summary>Why the patient gave no rating, when that was recorded.</summary>
    public NonResponseReason? NonResponseReason { get; init; }

    public RatingPoint? RatingBy(Rater rater) => rater == Rater.Patient ? PatientRating : TherapistRating;
}
