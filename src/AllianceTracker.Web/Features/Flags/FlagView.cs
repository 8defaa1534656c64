using AllianceTracker.Core.Flags;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>A flag as the inbox and the API show it: what fired, why, and where it is in its life cycle.</summary>
public sealed record FlagView(
    Guid Id,
    Guid PatientId,
    Guid WardId,
    string PatientAlias,
    string RuleId,
    int RuleSetVersion,
    FlagSeverity Severity,
    FlagStatus Status,
    string ExplanationEn,
    string ExplanationNb,
    string InputsJson,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt,
    string? ResolutionNote);

public sealed record ResolveFlagRequest(string? Note);

/// <summary>One ward day's low-severity flags, shown as one entry with a count (the alert budget).</summary>
public sealed record FlagDigestView(Guid WardId, DateOnly Day, int Count, IReadOnlyList<FlagView> Flags);

/// <summary>A reminder in the caller's inbox, about one of their care-team patients.</summary>
public sealed record ReminderView(Guid Id, Guid PatientId, string PatientAlias, ReminderKind Kind, Guid SubjectId, DateTimeOffset DueSince);

/// <summary>
/// The caller's inbox: flags one by one (medium and high always, low ones within the ward's daily budget),
/// digests of the days with more low-severity flags than the budget, and the caller's reminders.
/// </summary>
public sealed record InboxView(IReadOnlyList<FlagView> Flags, IReadOnlyList<FlagDigestView> Digests, IReadOnlyList<ReminderView> Reminders);
