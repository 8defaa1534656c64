using AllianceTracker.Core.Tablet;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>A code just issued. The code exists only here and in the response; the database holds its hash.</summary>
public sealed record IssuedHandover(Guid HandoverId, string Code, DateTimeOffset ExpiresAt);

/// <summary>The staff side: hands one session's patient rating over (by code) and takes it back.</summary>
public sealed class HandoverIssuer(
    AllianceDbContext db, SessionAccess sessions, PatientAccess access, CurrentUser user, TimeProvider clock, IOptions<TabletOptions> options)
{
    /// <summary>Issues a code for the session, after the care-team check; live codes of the same session are revoked.</summary>
    public async Task<IssuedHandover> IssueAsync(Guid sessionId, HandoverMode mode, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(sessionId, cancellationToken);
        var now = clock.GetUtcNow();
        var live = await db.TabletHandovers.Where(h => h.RedeemedAt == null && h.RevokedAt == null && h.ExpiresAt > now).ToListAsync(cancellationToken);
        foreach (var earlier in live.Where(h => h.SessionId == sessionId))
        {
            Revoke(earlier, now);
        }

        var code = HandoverCodes.Generate();
        while (live.Any(h => h.SessionId != sessionId && HandoverCodes.Matches(h.CodeHash, code)))
        {
            code = HandoverCodes.Generate();
        }

        var handover = new TabletHandover
        {
            SessionId = session.Id,
            PatientId = session.PatientId,
            Mode = mode,
            CodeHash = HandoverCodes.Hash(code),
            CreatedBy = user.RequiredId,
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(options.Value.CodeLifetimeMinutes),
        };
        db.TabletHandovers.Add(handover);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedHandover(handover.Id, code, handover.ExpiresAt);
    }

    public async Task RevokeAsync(Guid handoverId, CancellationToken cancellationToken)
    {
        var handover = await db.TabletHandovers.SingleOrDefaultAsync(h => h.Id == handoverId, cancellationToken)
            ?? throw new NotFoundException("Handover");
        await access.EnsureAccessAsync(handover.PatientId, handover.Id);
        if (handover.CompletedAt is null && handover.RevokedAt is null)
        {
            Revoke(handover, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Revoke(TabletHandover handover, DateTimeOffset now)
    {
        handover.RevokedAt = now;
        handover.ConcurrencyStamp = Guid.NewGuid();
    }
}
