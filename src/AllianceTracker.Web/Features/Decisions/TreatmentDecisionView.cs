using AllianceTracker.Core.Decisions;
using AllianceTracker.Web.Features.Goals;

namespace AllianceTracker.Web.Features.Decisions;

public sealed record TreatmentDecisionView(
    Guid Id, Guid PatientId, Guid? SessionId, int Version, TreatmentDecisionContent Current,
    IReadOnlyList<VersionView<TreatmentDecisionContent>> History)
{
    public static TreatmentDecisionView From(TreatmentDecision d) => new(d.Id, d.PatientId, d.SessionId, d.CurrentVersion, d.Current,
        d.Versions.OrderBy(v => v.VersionNumber).Select(VersionView<TreatmentDecisionContent>.From).ToList());
}
