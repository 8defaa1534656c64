namespace AllianceTracker.Web.Infrastructure.Hardening;

/// <summary>Limits on request size and rate (section "Hardening").</summary>
public sealed class HardeningOptions
{
    public const string Section = "Hardening";

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The window every rate limit counts in.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Sign-in form posts per client address and window.</summary>
    public int SignInAttemptsPerWindow { get; set; } = 10;

    /// <summary>Token requests per client address and window.</summary>
    public int TokenRequestsPerWindow { get; set; } = 10;

    /// <summary>API requests per signed-in user (or per client address when anonymous) and window.</summary>
    public int ApiRequestsPerWindow { get; set; } = 600;
}
