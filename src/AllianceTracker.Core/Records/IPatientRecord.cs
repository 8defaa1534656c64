namespace AllianceTracker.Core.Records;

/// <summary>What every amendable record has, whatever its content: enough to find it, check access and detect a stale amendment.</summary>
public interface IPatientRecord
{
    Guid Id { get; }
    Guid PatientId { get; }
    int CurrentVersion { get; }
}
