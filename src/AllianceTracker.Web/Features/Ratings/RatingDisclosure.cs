using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Web.Features.Ratings;

/// <summary>
/// The patient's disclosure choice, applied wherever staff read ratings. A patient who chose "only in
/// the shared summary" has their answers, own words and scores hidden from therapist pages and APIs;
/// the stored rating still feeds the flags, and the shared summary shows it in full. Staff pages and APIs
/// show ratings through <see cref="Sessions.RatingView.ForStaff"/>, which applies it.
/// </summary>
public static class RatingDisclosure
{
    public static bool IsWithheldFromTherapist(this AllianceRating rating) =>
        rating.Rater == Rater.Patient && rating.Disclosure == Disclosure.InSharedSummaryOnly;
}
