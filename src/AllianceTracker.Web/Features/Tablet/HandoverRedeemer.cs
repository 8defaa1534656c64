using AllianceTracker.Core.Tablet;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Tablet;

public sealed record RedeemRequest(string? Code, Guid? SubmissionId);

/// <summary>
/// What a redeemed code gives the tablet: the token for the form, the submission id to use and the
/// ticket that lets exactly that submission in, even after the token has expired.
/// </summary>
public sealed record RedeemResponse(
    string Token, DateTimeOffset ExpiresAt, string Alias, string Language, HandoverMode Mode, Guid SubmissionId, string Ticket);

/// <summary>Turns a 6-digit code into a tablet token, once, within the limits on wrong codes.</summary>
public sealed class HandoverRedeemer(
    AllianceDbContext db,
    CodeAttemptLimiter limiter,
    TabletCredentials credentials,
    TabletForms forms,
    PatientAuditScope audit,
    TimeProvider clock)
{
    /// <summary>How far back a dead code is still recognised, to say "used" or "expired" rather than "wrong".</summary>
    private static readonly TimeSpan RecentlyDead = TimeSpan.FromDays(1);

    public async Task<(RedeemResponse? Response, TabletRefusal? Refusal)> RedeemAsync(
        RedeemRequest request, string deviceKey, CancellationToken cancellationToken)
    {
        if (await limiter.CountAttemptAsync(deviceKey, cancellationToken) is { } wait)
        {
            return (null, TabletRefusal.TooManyAttempts(wait));
        }

        if (!HandoverCodes.IsWellFormed(request.Code))
        {
            await limiter.GiveBackAsync(deviceKey, cancellationToken);
            return (null, TabletRefusal.Malformed);
        }

        var now = clock.GetUtcNow();
        var since = now - RecentlyDead;
        var candidates = await db.TabletHandovers.Where(h => h.CreatedAt > since).ToListAsync(cancellationToken);
        var handover = candidates
            .Where(h => HandoverCodes.Matches(h.CodeHash, request.Code!))
            .OrderByDescending(h => h.CanBeRedeemedAt(now)).ThenByDescending(h => h.CreatedAt)
            .FirstOrDefault();
        if (handover is not null)
        {
            audit.Touch(handover.PatientId, handover.Id);
        }

        var refusal = Refusal(handover, now) ?? await MarkRedeemedAsync(handover!, now, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal); // the attempt stays counted
        }

        await limiter.GiveBackAsync(deviceKey, cancellationToken);

        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == handover!.PatientId, cancellationToken);
        var form = await forms.CurrentAsync(cancellationToken);
        var (token, expiresAt) = credentials.IssueToken(handover!.Id);
        var submissionId = request.SubmissionId ?? Guid.NewGuid();
        return (new RedeemResponse(
            token, expiresAt, patient.DisplayAlias, TabletForms.ChooseLanguage(form, patient.PreferredLanguage),
            handover.Mode, submissionId, credentials.IssueTicket(handover.Id, submissionId)), null);
    }

    private static TabletRefusal? Refusal(TabletHandover? handover, DateTimeOffset now) => handover switch
    {
        null => TabletRefusal.Wrong,
        { RevokedAt: not null } => TabletRefusal.Revoked,
        { RedeemedAt: not null } => TabletRefusal.Used,
        _ when handover.ExpiresAt <= now => TabletRefusal.Expired,
        _ => null,
    };

    /// <summary>Of two tablets redeeming the same code at once, the concurrency stamp lets only one win.</summary>
    private async Task<TabletRefusal?> MarkRedeemedAsync(TabletHandover handover, DateTimeOffset now, CancellationToken cancellationToken)
    {
        handover.RedeemedAt = now;
        handover.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return TabletRefusal.Used;
        }
    }
}
