using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>A ward's current rule-set version. A ward that has none gets version 1 with the documented defaults.</summary>
public sealed class WardRuleSets(AllianceDbContext db, TimeProvider clock)
{
    public async Task<(int Version, RuleParameters Parameters)> CurrentAsync(Guid wardId, CancellationToken cancellationToken)
    {
        var current = await CurrentRuleSetAsync(wardId, cancellationToken);
        return (current.Version, RuleParameters.FromJson(current.ParametersJson));
    }

    public async Task<RuleSet> CurrentRuleSetAsync(Guid wardId, CancellationToken cancellationToken)
    {
        var current = await db.RuleSets.Where(r => r.WardId == wardId)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            current = new RuleSet
            {
                WardId = wardId,
                Version = 1,
                ParametersJson = RuleParameters.Default.ToJson(),
                CreatedAt = clock.GetUtcNow(),
                ChangeNote = "Defaults from the clinical rules.",
            };
            db.RuleSets.Add(current);
            await db.SaveChangesAsync(cancellationToken);
        }

        return current;
    }
}
