using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Dashboard;

/// <summary>What the dashboard needs of one patient's records; the web host loads it, <see cref="PatientFactBuilder"/> turns it into facts.</summary>
public sealed record PatientFactInput
{
    public required Guid PatientId { get; init; }

    /// <summary>The patient's ward, for records that carry none of their own (goals, decisions outside a session).</summary>
    public required Guid HomeWardId { get; init; }

    public IReadOnlyList<SessionFact> Sessions { get; init; } = [];
    public IReadOnlyList<RuptureClosure> ClosedRuptures { get; init; } = [];
    public IReadOnlyList<DecisionFact> Decisions { get; init; } = [];
    public IReadOnlyList<AutonomyFact> AutonomyDecisions { get; init; } = [];
    public IReadOnlyList<GoalFact> Goals { get; init; } = [];
}

/// <param name="PatientTotal100">The patient's current total on 0–100, when the patient rated.</param>
/// <param name="NonResponse">The latest recorded reason for no patient rating.</param>
/// <param name="RuptureSeverity">The highest severity of the rupture findings of the session, if any.</param>
public sealed record SessionFact(
    Guid SessionId,
    Guid WardId,
    DateTimeOffset StartsAt,
    bool PatientRated,
    double? PatientTotal100,
    double? TherapistTotal100,
    NonResponseReason? NonResponse,
    FlagSeverity? RuptureSeverity);

public sealed record RuptureClosure(Guid WardId, DateTimeOffset ClosedAt, RuptureStatus Status);

public sealed record DecisionFact(Guid WardId, DateTimeOffset DecidedAt, DecisionMaker DecidedBy, AgreementPosition PatientPosition);

/// <param name="DutiesApply">False for consent under a rule that needs no formal decision with consent: such a record documents consent.</param>
/// <param name="FollowUpRequired">The rule table or the ward's rule set requires a follow-up conversation after the measure.</param>
/// <param name="FollowUpsOfferedAt">When follow-up conversations were offered.</param>
public sealed record AutonomyFact(
    Guid WardId,
    string RuleCode,
    string? MeansCode,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    bool DutiesApply,
    bool ViewRecorded,
    bool ComplaintRightsTold,
    bool FollowUpRequired,
    IReadOnlyList<DateTimeOffset> FollowUpsOfferedAt);

public sealed record GoalFact(DateTimeOffset CreatedAt, bool InPatientsOwnWords, GoalAgreement Agreement);

/// <summary>What a ward contributes: its clock and the thresholds of its rule set.</summary>
public sealed record WardFactSettings(TimeZoneInfo TimeZone, double RaterGapPoints, double FollowUpWithinHours)
{
    /// <summary>Rules whose measures need a follow-up conversation besides those the rule table marks.</summary>
    public IReadOnlyList<string> FollowUpRuleCodes { get; init; } = [];
}
