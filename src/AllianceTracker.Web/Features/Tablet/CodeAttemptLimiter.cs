using AllianceTracker.Core.Tablet;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>
/// Limits wrong handover codes per tablet and for all tablets together, in fixed windows counted in
/// the database (<see cref="RateLimitBucket"/>), so the limits hold across every web node.
/// </summary>
/// <remarks>
/// An attempt is counted before its code is looked at, and the count it reaches decides whether it may go ahead.
/// Checking first and counting afterwards would let a burst of attempts sent at once, to one node or several,
/// all pass the check before any of them was counted.
/// </remarks>
public sealed class CodeAttemptLimiter(AllianceDbContext db, TimeProvider clock, IOptions<TabletOptions> options)
{
    private const string KeyPrefix = "tablet-code:";
    private const string GlobalKey = KeyPrefix + "global";

    /// <summary>
    /// Counts an attempt; null when it may go ahead, otherwise how long the caller must wait. The tablet's own
    /// limit is counted first, so that one tablet over its limit does not use up the limit of all tablets.
    /// </summary>
    public async Task<TimeSpan?> CountAttemptAsync(string deviceKey, CancellationToken cancellationToken)
    {
        var stale = clock.GetUtcNow().AddDays(-1);
        await db.RateLimitBuckets.Where(b => b.Key.StartsWith(KeyPrefix) && b.WindowStart < stale).ExecuteDeleteAsync(cancellationToken);
        foreach (var limit in Limits(deviceKey))
        {
            if (await IncrementAsync(limit.Key, limit.WindowStart, cancellationToken) > limit.Attempts)
            {
                return limit.WindowStart + limit.Window - clock.GetUtcNow();
            }
        }

        return null;
    }

    /// <summary>Gives back an attempt that was not a wrong code: a right one, or one that was not a code at all.</summary>
    public async Task GiveBackAsync(string deviceKey, CancellationToken cancellationToken)
    {
        foreach (var limit in Limits(deviceKey))
        {
            await db.RateLimitBuckets.Where(b => b.Key == limit.Key && b.WindowStart == limit.WindowStart && b.Count > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Count, b => b.Count - 1), cancellationToken);
        }
    }

    /// <summary>
    /// Adds one to a bucket and reads it back in one transaction: the row stays locked until the commit, so the
    /// count read is this attempt's own place in the window, whatever other nodes do at the same moment.
    /// </summary>
    private Task<int> IncrementAsync(string key, DateTimeOffset windowStart, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            for (var attempt = 0; ; attempt++)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var bucket = db.RateLimitBuckets.Where(b => b.Key == key && b.WindowStart == windowStart);
                if (await bucket.ExecuteUpdateAsync(s => s.SetProperty(b => b.Count, b => b.Count + 1), cancellationToken) == 0
                    && !await TryCreateAsync(key, windowStart, mayRetry: attempt < 3, cancellationToken))
                {
                    continue; // another node created the bucket first: the next round counts on it
                }

                var count = await bucket.Select(b => b.Count).SingleAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return count;
            }
        });

    private async Task<bool> TryCreateAsync(string key, DateTimeOffset windowStart, bool mayRetry, CancellationToken cancellationToken)
    {
        var bucket = new RateLimitBucket { Key = key, WindowStart = windowStart, Count = 1 };
        db.RateLimitBuckets.Add(bucket);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (mayRetry)
        {
            return false;
        }
        finally
        {
            db.Entry(bucket).State = EntityState.Detached;
        }
    }

    private IEnumerable<Limit> Limits(string deviceKey)
    {
        var o = options.Value;
        yield return Window($"{KeyPrefix}device:{deviceKey}", o.DeviceAttemptsPerWindow, TimeSpan.FromMinutes(o.DeviceWindowMinutes));
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
