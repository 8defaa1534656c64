using AllianceTracker.Core.Flags;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>A flag as the inbox and the API show it: what fired, why, and where it is in its life cycle.</summary>
public sealed record FlagView(
    Guid Id,
    Guid PatientId,
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
