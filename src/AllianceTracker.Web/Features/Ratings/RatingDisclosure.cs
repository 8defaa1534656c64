using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Web.Features.Ratings;

/// <summary>A rating as a therapist may see it: without answers, own words or scores when the patient withheld them.</summary>
public sealed record TherapistRatingView(
    Guid RatingId,
    Rater Rater,
    DateTimeOffset SubmittedAt,
    bool Withheld,
    RatingScores? Scores,
    RuptureAnswer? RuptureReported,
    AgreementPosition? MainDecisionAgreement,
    string? PatientWants,
    string? WhatWeCanAgreeOn,
    IReadOnlyList<RatingAnswer> Answers);

/// <summary>
/// The patient's disclosure choice, applied wherever staff read ratings. A patient who chose "only in
/// the shared summary" has their answers, own words and scores hidden from therapist pages and APIs;
/// the stored rating still feeds the flags, and the shared summary shows it in full.
/// </summary>
public static class RatingDisclosure
{
    public static bool IsWithheldFromTherapist(this AllianceRating rating) =>
        rating.Rater == Rater.Patient && rating.Disclosure == Disclosure.InSharedSummaryOnly;

    /// <summary>Every therapist-facing read of a rating goes through this (needs <see cref="AllianceRating.Answers"/> loaded).</summary>
    public static TherapistRatingView ForTherapist(this AllianceRating rating) =>
        rating.IsWithheldFromTherapist()
            ? new TherapistRatingView(rating.Id, rating.Rater, rating.SubmittedAt, true, null, null, null, null, null, [])
            : new TherapistRatingView(rating.Id, rating.Rater, rating.SubmittedAt, false, rating.Scores, rating.RuptureReported,
                rating.MainDecisionAgreement, rating.PatientWants, rating.WhatWeCanAgreeOn, rating.Answers);
}
