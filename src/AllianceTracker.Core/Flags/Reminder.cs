namespace AllianceTracker.Core.Flags;

/// <summary>
/// Something the reminders job put in one clinician's inbox: a follow-up conversation after a coercive measure that is
/// overdue, or a rupture that was not repaired. It holds ids only; one row per clinician and subject.
/// </summary>
public class Reminder
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid StaffUserId { get; set; }
    public Guid PatientId { get; set; }
    public ReminderKind Kind { get; set; }

    /// <summary>The overdue follow-up's flag, or the unrepaired rupture episode.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>When the follow-up became overdue, or when the rupture was found unrepaired.</summary>
    public DateTimeOffset DueSince { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the clinician marked it done; it then leaves the inbox and is not added again.</summary>
    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>When the clinician was told of it by e-mail; null until a mail server accepted that message.</summary>
    public DateTimeOffset? MailedAt { get; set; }
}

public enum ReminderKind
{
    FollowUpOverdue,
    UnrepairedRupture,
}
