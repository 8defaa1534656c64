namespace AllianceTracker.Web.Features.Tablet;

/// <summary>Settings of the "Tablet" section. Times are settings so that tests and wards can shorten or lengthen them.</summary>
public sealed class TabletOptions
{
    public const string Section = "Tablet";

    /// <summary>How long a handover code can be redeemed.</summary>
    public int CodeLifetimeMinutes { get; set; } = 15;

    /// <summary>How long the token a redeemed code gives reads the form.</summary>
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>How long answers kept on a tablet (offline) can still be submitted with their ticket.</summary>
    public int TicketLifetimeHours { get; set; } = 24;

    /// <summary>
    /// How long a submission claimed by a request that never finished (its node stopped or was killed) blocks the
    /// tablet's retries before a retry takes the claim over.
    /// </summary>
    public int AbandonedClaimSeconds { get; set; } = 120;

    /// <summary>Wrong codes one tablet may enter per device window.</summary>
    public int DeviceAttemptsPerWindow { get; set; } = 5;

    public int DeviceWindowMinutes { get; set; } = 15;

    /// <summary>Wrong codes all tablets together may enter per global window.</summary>
    public int GlobalAttemptsPerWindow { get; set; } = 30;

    public int GlobalWindowMinutes { get; set; } = 60;

    public int IdleWarningSeconds { get; set; } = 240;
    public int IdleResetSeconds { get; set; } = 300;
    public int ThankYouSeconds { get; set; } = 10;
}
