namespace AllianceTracker.Core.Flags.Engine;

/// <summary>Everything the flag rules look at for one patient. Lists may come in any order.</summary>
public sealed record PatientHistory
{
    /// <summary>IANA id of the ward's time zone, e.g. "Europe/Oslo"; calendar days are counted in it.</summary>
    public required string WardTimeZoneId { get; init; }

    public IReadOnlyList<SessionPoint> Sessions { get; init; } = [];

    /// <summary>Ward-level SD of the total raw score per instrument version, where the ward has one.</summary>
    public IReadOnlyDictionary<Guid, double> WardSdByInstrumentVersion { get; init; } = new Dictionary<Guid, double>();

    public IReadOnlyList<TreatmentDecisionPoint> TreatmentDecisions { get; init; } = [];

    public IReadOnlyList<AutonomyDecisionPoint> AutonomyDecisions { get; init; } = [];
}
