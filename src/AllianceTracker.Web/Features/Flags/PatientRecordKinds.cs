namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// Which kinds of record, among those many patients never have, a patient has at all. Learnt with the patient's ward,
/// they spare the queries of the kinds none of the patients recomputed together has: most patients are never under an
/// autonomy-limiting decision, and a rating's recompute reads each kind in a round trip of its own.
/// </summary>
public sealed record PatientRecordKinds(bool NonResponses, bool TreatmentDecisions, bool AutonomyDecisions, bool Flags, bool RuptureEpisodes)
{
    /// <summary>
    /// Reads one kind of record for the patients who have some; when none of them has any, there is no query.
    /// </summary>
    public static async Task<List<T>> ReadForThoseWithAsync<T>(
        IEnumerable<KeyValuePair<Guid, PatientRecordKinds>> patients, Func<PatientRecordKinds, bool> has, Func<List<Guid>, Task<List<T>>> read)
    {
        var ids = patients.Where(p => has(p.Value)).Select(p => p.Key).ToList();
        return ids.Count == 0 ? [] : await read(ids);
    }
}
