using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Web.Features.Ratings;

namespace AllianceTracker.Web.Features.Sessions;

public sealed record SessionView(
    Guid Id,
    Guid PatientId,
    Guid TherapistId,
    SessionKind Kind,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    string? Note,
    int Version,
    RatingView? PatientRating,
    RatingView? TherapistRating,
    NonResponseReason? PatientNonResponse)
{
    public static SessionView From(ClinicalSession s, IReadOnlyList<AllianceRating> ratings, NonResponse? nonResponse) => new(
        s.Id, s.PatientId, s.TherapistId, s.Current.Kind, s.Current.StartsAt, s.Current.DurationMinutes, s.Current.Note, s.CurrentVersion,
        RatingView.ForStaff(Latest(ratings, Rater.Patient)), RatingView.ForStaff(Latest(ratings, Rater.Therapist)), nonResponse?.Reason);

    private static AllianceRating? Latest(IReadOnlyList<AllianceRating> ratings, Rater rater) =>
        CurrentRatings.Of(ratings).Where(r => r.Rater == rater).MaxBy(r => r.SubmittedAt);
}

/// <summary>
/// A rating as staff may see it. When the patient chose to share their answers only in the shared summary,
/// staff see that a rating was given and when, but not its scores, answers or words.
/// </summary>
public sealed record RatingView(
    Guid Id,
    Rater Rater,
    RatingSource Source,
    DateTimeOffset SubmittedAt,
    Guid InstrumentVersionId,
    bool WithheldUntilSummary,
    RatingScores? Scores,
    RuptureAnswer? RuptureReported,
    bool? RuptureTalkedThrough,
    Core.Decisions.AgreementPosition? MainDecisionAgreement,
    string? PatientWants,
    string? WhatWeCanAgreeOn)
{
    public static RatingView? ForStaff(AllianceRating? r)
    {
        if (r is null)
        {
            return null;
        }

        return r.IsWithheldFromTherapist()
            ? new RatingView(r.Id, r.Rater, r.Source, r.SubmittedAt, r.InstrumentVersionId, true, null, null, null, null, null, null)
            : new RatingView(r.Id, r.Rater, r.Source, r.SubmittedAt, r.InstrumentVersionId, false, r.Scores, r.RuptureReported,
                r.RuptureTalkedThrough, r.MainDecisionAgreement, r.PatientWants, r.WhatWeCanAgreeOn);
    }
}
