using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Instruments;

namespace AllianceTracker.Core.Ratings;

/// <summary>
/// One rater's answers for one session. Patient and therapist ratings are separate rows and
/// are never merged. A correction is a new row that names the one it supersedes.
/// </summary>
public class AllianceRating
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid PatientId { get; set; }
    public Guid WardId { get; set; }
    public Rater Rater { get; set; }

    /// <summary>The staff member who rated, or who entered a patient's paper form.</summary>
    public Guid? EnteredBy { get; set; }

    public Guid InstrumentVersionId { get; set; }
    public RatingSource Source { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public RatingScores Scores { get; set; } = new();
    public RuptureAnswer RuptureReported { get; set; }
    public bool? RuptureTalkedThrough { get; set; }
    public AgreementPosition? MainDecisionAgreement { get; set; }

    /// <summary>The patient's own words: "What do you want?"</summary>
    public string? PatientWants { get; set; }

    /// <summary>The patient's own words: "What can we agree on?"</summary>
    public string? WhatWeCanAgreeOn { get; set; }

    public Disclosure Disclosure { get; set; } = Disclosure.Now;

    /// <summary>The client-generated id a tablet submission is made idempotent with.</summary>
    public Guid? SubmissionId { get; set; }

    public Guid? SupersedesRatingId { get; set; }
    public string? AmendmentReason { get; set; }
    public List<RatingAnswer> Answers { get; set; } = [];
}

public enum RatingSource
{
    Tablet,
    StaffEntry,
    PaperFormEnteredByStaff,
}

public enum RuptureAnswer
{
    No,
    ALittle,
    ALot,
}

/// <summary>When the therapist may see a patient's answers.</summary>
public enum Disclosure
{
    Now,
    InSharedSummaryOnly,
}
