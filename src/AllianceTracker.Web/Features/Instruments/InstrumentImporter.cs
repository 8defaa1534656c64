using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Instruments;

/// <summary>Stores a validated content pack as instrument versions; a version already used by ratings never changes.</summary>
public sealed class InstrumentImporter(AllianceDbContext db, TimeProvider clock)
{
    public async Task<PackImportPlan> ImportAsync(InstrumentPack pack, CancellationToken cancellationToken)
    {
        var existing = await db.Instruments.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Code == pack.Code, cancellationToken);
        if (existing is not null)
        {
            // read on their own and joined to the tracked versions by EF: included together, every item came back once
            // for every text, each time with the whole pack
            var versionIds = existing.Versions.Select(v => v.Id).ToList();
            await db.Set<InstrumentItem>().Where(item => versionIds.Contains(item.InstrumentVersionId)).LoadAsync(cancellationToken);
            await db.Set<InstrumentText>().Where(text => versionIds.Contains(text.InstrumentVersionId)).LoadAsync(cancellationToken);
        }

        var plan = PackImportPlanner.Plan(pack, existing);
        plan.ThrowIfRefused();

        var now = clock.GetUtcNow();
        switch (plan.Outcome)
        {
            case PackImportOutcome.Insert when existing is null:
                db.Instruments.Add(InstrumentPackMapper.ToInstrument(pack, now));
                break;
            case PackImportOutcome.Insert or PackImportOutcome.ReplaceUnlocked when existing is not null:
                db.InstrumentVersions.RemoveRange(plan.ExistingVersions);
                db.InstrumentVersions.AddRange(pack.Forms.Select(f => InstrumentPackMapper.ToVersion(pack, f.Rater, existing.Id, now)));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }
}
