using AllianceTracker.Core.Stays;

namespace AllianceTracker.Web.Features.Stays;

public sealed record EpisodeView(
    Guid Id, Guid PatientId, Guid WardId, DateTimeOffset AdmittedAt, DateTimeOffset? DischargedAt,
    IReadOnlyList<LegalStatusView> LegalStatus, IReadOnlyList<CapacityAssessmentView> CapacityAssessments)
{
    public static EpisodeView From(EpisodeOfCare e) => new(
        e.Id, e.PatientId, e.WardId, e.AdmittedAt, e.DischargedAt,
        e.LegalStatus.OrderBy(s => s.From).Select(s => new LegalStatusView(s.Status, s.LegalSection, s.From, s.Note)).ToList(),
        e.CapacityAssessments.OrderBy(a => a.AssessedAt)
            .Select(a => new CapacityAssessmentView(a.Id, a.AssessedAt, a.AssessedBy, a.Result, a.Scope, a.Note)).ToList());
}

public sealed record LegalStatusView(LegalStatus Status, string? LegalSection, DateTimeOffset From, string? Note);

public sealed record CapacityAssessmentView(Guid Id, DateTimeOffset AssessedAt, Guid AssessedBy, CapacityResult Result, string? Scope, string? Note);
