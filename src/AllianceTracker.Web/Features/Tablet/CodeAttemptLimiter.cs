using AllianceTracker.Core.Tablet;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>
/// Limits wrong handover codes per tablet and for all tablets together, in fixed windows counted in
/// the database (<see cref="RateLimitBucket"/>), so the limits hold across every web node.
/// </summary>
public sealed class CodeAttemptLimiter(AllianceDbContext db, TimeProvider clock, IOptions<TabletOptions> options)
{
    private const string GlobalKey = "tablet-code:global";

    /// <summary>How long the caller must wait before trying a code again, or null when a try is allowed now.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(string deviceKey, CancellationToken cancellationToken)
    {
        TimeSpan? wait = null;
        foreach (var limit in Limits(deviceKey))
        {
            var count = await db.RateLimitBuckets.AsNoTracking()
                .Where(b => b.Key == limit.Key && b.WindowStart == limit.WindowStart)
                .Select(b => b.Count).SingleOrDefaultAsync(cancellationToken);
            if (count >= limit.Attempts)
            {
                var remaining = limit.WindowStart + limit.Window - clock.GetUtcNow();
                wait = wait is { } w && w > remaining ? w : remaining;
            }
        }

        return wait;
    }

    public async Task RecordFailureAsync(string deviceKey, CancellationToken cancellationToken)
    {
        foreach (var limit in Limits(deviceKey))
        {
            await IncrementAsync(limit.Key, limit.WindowStart, cancellationToken);
        }

        var stale = clock.GetUtcNow().AddDays(-1);
        await db.RateLimitBuckets.Where(b => b.Key.StartsWith("tablet-code:") && b.WindowStart < stale).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task IncrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.RateLimitBuckets.Where(b => b.Key == key && b.WindowStart == windowStart)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Count, b => b.Count + 1), cancellationToken);
            if (updated > 0)
            {
                return;
            }

            var bucket = new RateLimitBucket { Key = key, WindowStart = windowStart, Count = 1 };
            db.RateLimitBuckets.Add(bucket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // another node created the bucket first: the next round counts on it
            }
            finally
            {
                db.Entry(bucket).State = EntityState.Detached;
            }
        }
    }

    private IEnumerable<Limit> Limits(string deviceKey)
    {
        var o = options.Value;
        yield return Window($"tablet-code:device:{deviceKey}", o.DeviceAttemptsPerWindow, TimeSpan.FromMinutes(o.DeviceWindowMinutes));
        yield return Window(GlobalKey, o.GlobalAttemptsPerWindow, TimeSpan.FromMinutes(o.GlobalWindowMinutes));
    }

    private Limit Window(string key, int attempts, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        return new Limit(key, attempts, window, start);
    }

    private sealed record Limit(string Key, int Attempts, TimeSpan Window, DateTimeOffset WindowStart);
}
