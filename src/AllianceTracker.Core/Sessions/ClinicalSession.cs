using AllianceTracker.Core.Records;

namespace AllianceTracker.Core.Sessions;

/// <summary>One meeting between a patient and staff; its details are amended by new versions.</summary>
public class ClinicalSession : AmendableRecord<SessionDetails, ClinicalSessionVersion>
{
    public Guid WardId { get; set; }
    public Guid TherapistId { get; set; }
}

public class ClinicalSessionVersion : RecordVersion<SessionDetails>;

public record SessionDetails
{
    public SessionKind Kind { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public int DurationMinutes { get; init; }
    public string? Note { get; init; }

    /// <summary>For a follow-up conversation: the autonomy-limiting decision it follows up.</summary>
    public Guid? FollowsUpDecisionId { get; init; }
}

public enum SessionKind
{
    IndividualConversation,
    WardRound,
    Milieu,
    FollowUpAfterCoercion,
    Other,
}
