using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// Shows and changes a ward's rule set. A change is a new version (earlier versions and the flags raised under them stay
/// as they are) and queues the recomputation of that ward's patients, keyed by the ward id only.
/// </summary>
public sealed class WardRuleSetEditor(
    AllianceDbContext db, WardRuleSets ruleSets, CurrentUser user, TimeProvider clock, IBackgroundJobClient jobs)
{
    public async Task<WardRuleSetView> CurrentAsync(Guid wardId, CancellationToken cancellationToken)
    {
        var ward = await WardAsync(wardId, cancellationToken);
        return View(ward, await ruleSets.CurrentRuleSetAsync(ward.Id, cancellationToken));
    }

    /// <summary>Saves a validated change as the next version and queues the ward's recomputation.</summary>
    public async Task<WardRuleSetView> ChangeAsync(Guid wardId, RuleSetChangeRequest change, CancellationToken cancellationToken)
    {
        var ward = await WardAsync(wardId, cancellationToken);
        var current = (await ruleSets.CurrentRuleSetAsync(ward.Id, cancellationToken)).Version;
        VersionConflictException.ThrowIfStale(change.BasedOnVersion, current);
        var next = new RuleSet
        {
            WardId = ward.Id,
            Version = current + 1,
            ParametersJson = change.Parameters!.ToJson(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.RequiredId,
            ChangeNote = change.ChangeNote!.Trim(),
        };
        db.RuleSets.Add(next);

        // a concurrent save of the same version fails on the unique (ward, version) index and answers 409
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<FlagRecomputeJobs>(job => job.RecomputeWardAsync(ward.Id, CancellationToken.None));
        return View(ward, next);
    }

    private async Task<Ward> WardAsync(Guid wardId, CancellationToken cancellationToken) =>
        await db.Wards.AsNoTracking().SingleOrDefaultAsync(w => w.Id == wardId, cancellationToken) ?? throw new NotFoundException("Ward");

    private static WardRuleSetView View(Ward ward, RuleSet ruleSet) =>
        new(ward.Id, ward.Name, ruleSet.Version, ruleSet.CreatedAt, ruleSet.ChangeNote, RuleParameters.FromJson(ruleSet.ParametersJson));
}
