using AllianceTracker.Core.Patients;

namespace AllianceTracker.Web.Features.Patients;

public sealed record PatientDetails(
    Guid Id,
    string DisplayAlias,
    string PreferredLanguage,
    string? HospitalRecordReference,
    Guid WardId,
    DateTimeOffset RegisteredAt,
    bool IsSynthetic)
{
    public static PatientDetails From(Patient p) =>
        new(p.Id, p.DisplayAlias, p.PreferredLanguage, p.HospitalRecordReference, p.WardId, p.RegisteredAt, p.IsSynthetic);
}
