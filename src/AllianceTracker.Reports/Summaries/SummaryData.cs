using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Summaries;

namespace AllianceTracker.Reports.Summaries;

/// <summary>
/// Everything a shared-decision summary says about one patient and one period, as the web layer reads it from the
/// current versions of the records. Both the HTML page and the PDF are composed from it, and its canonical JSON is
/// what the printed content hash covers (see <see cref="SummaryContentHash"/>). Lists keep the order they are given in.
/// </summary>
public sealed record SummaryData
{
    public required Guid PatientId { get; init; }
    public required string PatientAlias { get; init; }

    /// <summary>"nb", "nn" or "en".</summary>
    public required string Language { get; init; }

    public required DateOnly PeriodFrom { get; init; }
    public required DateOnly PeriodTo { get; init; }
    public required SummaryAudience Audience { get; init; }
    public IReadOnlyList<SummaryGoal> Goals { get; init; } = [];
    public IReadOnlyList<SummaryTreatmentDecision> Decisions { get; init; } = [];
    public IReadOnlyList<SummaryAutonomyDecision> AutonomyDecisions { get; init; } = [];
    public IReadOnlyList<SummaryRetainedAutonomy> RetainedAutonomy { get; init; } = [];

    /// <summary>In date order; each carries the patient's and the therapist's rating separately.</summary>
    public IReadOnlyList<SummarySession> Sessions { get; init; } = [];

    public IReadOnlyList<SummaryFlag> Flags { get; init; } = [];
    public IReadOnlyList<SummaryRuptureEpisode> RuptureEpisodes { get; init; } = [];
    public IReadOnlyList<SummaryInstrument> Instruments { get; init; } = [];
}

public sealed record SummaryGoal(
    string? PatientWords,
    string? TherapistFormulation,
    GoalProposer ProposedBy,
    GoalAgreement Agreement,
    GoalStatus Status);

public sealed record SummaryTreatmentDecision(
    DecisionTopic Topic,
    DateTimeOffset DecidedAt,
    DecisionMaker DecidedBy,
    AgreementPosition PatientPosition,
    DecisionStage Stage)
{
    /// <summary>The patient's preference in their own words.</summary>
    public string? PatientPreference { get; init; }

    public string? Outcome { get; init; }
    public string? Rationale { get; init; }
}

/// <summary>An autonomy-limiting decision with the jurisdiction rule it rests on, copied from the rule table.</summary>
public sealed record SummaryAutonomyDecision
{
    public required Guid Id { get; init; }

    /// <summary>The rule's stable code, e.g. "NO-4-8".</summary>
    public required string RuleCode { get; init; }

    /// <summary>As written in the law, e.g. "§4-8".</summary>
    public required string Section { get; init; }

    public required string Act { get; init; }
    public required string RuleNameEn { get; init; }
    public required string RuleNameNb { get; init; }
    public required MeasureCategory Category { get; init; }
    public string? MeansCode { get; init; }
    public string? MeansNameEn { get; init; }
    public string? MeansNameNb { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>The patient's view in their own words, given before the decision.</summary>
    public string? PatientView { get; init; }

    public string? PatientViewNotRecordedReason { get; init; }
    public required string ComplaintBodyEn { get; init; }
    public required string ComplaintBodyNb { get; init; }
    public bool PatientInformedOfComplaintRight { get; init; }
    public DateTimeOffset? FollowUpOfferedAt { get; init; }
    public DateTimeOffset? FollowUpHeldAt { get; init; }
}

public sealed record SummaryRetainedAutonomy(AutonomyDomain Domain, string? Description, DateOnly From, DateOnly? To);

/// <summary>One session. The two ratings are kept apart: their gap is information, never an average.</summary>
public sealed record SummarySession(DateOnly Date, SessionKind Kind)
{
    public SummaryRating? Patient { get; init; }
    public SummaryRating? Therapist { get; init; }

    /// <summary>Why there is no patient rating, when there is none.</summary>
    public NonResponseReason? PatientNonResponse { get; init; }
}

/// <summary>
/// One rater's rating of one session, scores 0–100. A patient rating whose <see cref="Disclosure"/> is
/// <see cref="Disclosure.InSharedSummaryOnly"/> is shown here: the shared summary is where the patient chose to share it.
/// </summary>
public sealed record SummaryRating
{
    public required Guid Id { get; init; }
    public required string InstrumentCode { get; init; }
    public required string InstrumentVersion { get; init; }
    public double? Total { get; init; }
    public double? Goal { get; init; }
    public double? Task { get; init; }
    public double? Bond { get; init; }
    public RuptureAnswer Rupture { get; init; }
    public AgreementPosition? MainDecisionAgreement { get; init; }
    public Disclosure Disclosure { get; init; } = Disclosure.Now;

    /// <summary>The patient's own words: "What do you want?"</summary>
    public string? PatientWants { get; init; }

    /// <summary>The patient's own words: "What can we agree on?"</summary>
    public string? WhatWeCanAgreeOn { get; init; }

    /// <summary>The raw answers, for the FHIR QuestionnaireResponse.</summary>
    public IReadOnlyList<SummaryAnswer> Answers { get; init; } = [];
}

public sealed record SummaryAnswer(string ItemKey, int? Value, string? Text);

public sealed record SummaryFlag(
    string RuleId,
    FlagSeverity Severity,
    FlagStatus Status,
    DateOnly RaisedOn,
    string ExplanationEn,
    string ExplanationNb);

public sealed record SummaryRuptureEpisode(Rater Rater, DateOnly OpenedOn, string OpenedByRuleId, RuptureStatus Status, DateOnly? ClosedOn);

/// <summary>An instrument version used in the period, with its items in order.</summary>
public sealed record SummaryInstrument(string Code, string Name, string Version, Rater Rater)
{
    public string? LicenceNote { get; init; }
    public IReadOnlyList<SummaryInstrumentItem> Items { get; init; } = [];
}

/// <summary>An item and its question in the summary's language.</summary>
public sealed record SummaryInstrumentItem(string Key, Subscale Subscale, int ScaleMin, int ScaleMax, string Text);
