using Microsoft.AspNetCore.Identity;

namespace AllianceTracker.Data.Identity;

/// <summary>A member of staff who signs in. Patients never have accounts.</summary>
public class StaffUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The language last chosen with the language switch ("nb" or "en"); null while they never chose. Reminder e-mails are written in it.</summary>
    public string? UiLanguage { get; set; }
}
