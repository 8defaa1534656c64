using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>
/// The two credentials a redeemed code gives, both Data Protection payloads that only this
/// application can make or read, and that authenticate nothing but the tablet endpoints:
/// the <em>token</em> reads the form of one handover for a short while; the <em>ticket</em> submits
/// one submission id for that handover, and lives longer so that answers kept offline still arrive.
/// </summary>
public sealed class TabletCredentials(IDataProtectionProvider protection, TimeProvider clock, IOptions<TabletOptions> options)
{
    private readonly ITimeLimitedDataProtector _tokens =
        protection.CreateProtector("AllianceTracker.Tablet.Token.v1").ToTimeLimitedDataProtector();

    private readonly ITimeLimitedDataProtector _tickets =
        protection.CreateProtector("AllianceTracker.Tablet.Ticket.v1").ToTimeLimitedDataProtector();

    public (string Token, DateTimeOffset ExpiresAt) IssueToken(Guid handoverId)
    {
        var expiresAt = clock.GetUtcNow().AddMinutes(options.Value.TokenLifetimeMinutes);
        return (_tokens.Protect($"{handoverId:N}|{Ticks(expiresAt)}", expiresAt), expiresAt);
    }

    public string IssueTicket(Guid handoverId, Guid submissionId)
    {
        var expiresAt = clock.GetUtcNow().AddHours(options.Value.TicketLifetimeHours);
        return _tickets.Protect($"{handoverId:N}|{submissionId:N}|{Ticks(expiresAt)}", expiresAt);
    }

    /// <summary>The handover a valid, unexpired token is for; null for anything else.</summary>
    public Guid? ReadToken(string? token) =>
        Read(_tokens, token) is [var handover, var expires] && Guid.TryParseExact(handover, "N", out var id) && NotExpired(expires)
            ? id : null;

    /// <summary>The handover and submission id a valid, unexpired ticket is for; null for anything else.</summary>
    public (Guid HandoverId, Guid SubmissionId)? ReadTicket(string? ticket) =>
        Read(_tickets, ticket) is [var handover, var submission, var expires]
        && Guid.TryParseExact(handover, "N", out var handoverId) && Guid.TryParseExact(submission, "N", out var submissionId)
        && NotExpired(expires)
            ? (handoverId, submissionId) : null;

    // The expiry inside the payload is checked against the application's clock as well, so that the
    // time-limited protector's wall clock and the TimeProvider the rest of the application uses agree.
    private bool NotExpired(string ticks) =>
        long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && clock.GetUtcNow().UtcTicks < t;

    private static string[]? Read(ITimeLimitedDataProtector protector, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(value, out _).Split('|');
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
