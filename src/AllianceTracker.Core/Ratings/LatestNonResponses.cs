namespace AllianceTracker.Core.Ratings;

/// <summary>
/// A session can gather more than one non-response (staff record "too unwell", the patient later declines on the
/// tablet); the latest one is the session's answer.
/// </summary>
public static class LatestNonResponses
{
    public static Dictionary<Guid, NonResponse> BySession(IEnumerable<NonResponse> nonResponses) =>
        nonResponses.GroupBy(n => n.SessionId).ToDictionary(g => g.Key, g => g.MaxBy(n => n.RecordedAt)!);
}
