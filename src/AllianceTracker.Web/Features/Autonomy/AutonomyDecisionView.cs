using AllianceTracker.Core.Autonomy;
using AllianceTracker.Web.Features.Goals;

namespace AllianceTracker.Web.Features.Autonomy;

public sealed record AutonomyDecisionView(
    Guid Id,
    Guid PatientId,
    string Section,
    string RuleCode,
    string RuleName,
    string ComplaintBody,
    int Version,
    AutonomyDecisionContent Current,
    IReadOnlyList<FollowUpView> FollowUps,
    IReadOnlyList<VersionView<AutonomyDecisionContent>> History)
{
    public static AutonomyDecisionView From(AutonomyLimitingDecision d, JurisdictionRule rule) => new(
        d.Id, d.PatientId, rule.Section, rule.Code, rule.NameEn, rule.ComplaintBodyEn, d.CurrentVersion, d.Current,
        d.FollowUps.OrderBy(f => f.RecordedAt).Select(f => new FollowUpView(f.OfferedAt, f.HeldAt, f.DeclinedByPatient, f.SessionId, f.RecordedAt)).ToList(),
        d.Versions.OrderBy(v => v.VersionNumber).Select(VersionView<AutonomyDecisionContent>.From).ToList());
}

public sealed record FollowUpView(DateTimeOffset OfferedAt, DateTimeOffset? HeldAt, bool DeclinedByPatient, Guid? SessionId, DateTimeOffset RecordedAt);
