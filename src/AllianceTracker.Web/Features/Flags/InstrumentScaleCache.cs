using System.Collections.Concurrent;
using System.Linq.Expressions;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>The range of an instrument version's total raw score (the sum over its goal, task and bond items), and its reliability and SD.</summary>
public sealed record InstrumentScale(double Min, double Max, double Reliability, double NormativeSd);

/// <summary>
/// The scales of the instrument versions rated with. A version's items and figures never change once imported (a new
/// pack is a new version), so each is read from the database once per process, summed by the database: no pack text.
/// </summary>
public sealed class InstrumentScaleCache
{
    private static readonly Expression<Func<InstrumentItem, bool>> Scored =
        i => i.Subscale == Subscale.Goal || i.Subscale == Subscale.Task || i.Subscale == Subscale.Bond;

    private readonly ConcurrentDictionary<Guid, InstrumentScale> _scales = new();

    public async Task<IReadOnlyDictionary<Guid, InstrumentScale>> ForAsync(
        AllianceDbContext db, IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken)
    {
        var missing = versionIds.Where(id => !_scales.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var (id, scale) in await ReadAsync(db, missing, cancellationToken))
            {
                _scales[id] = scale;
            }
        }

        return versionIds.ToDictionary(id => id, id => _scales[id]);
    }

    private static Task<Dictionary<Guid, InstrumentScale>> ReadAsync(
        AllianceDbContext db, List<Guid> versionIds, CancellationToken cancellationToken) =>
        db.InstrumentVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                Scale = new InstrumentScale(
                    v.Items.AsQueryable().Where(Scored).Sum(i => i.ScaleMin),
                    v.Items.AsQueryable().Where(Scored).Sum(i => i.ScaleMax),
                    v.Reliability,
                    v.NormativeSd),
            })
            .ToDictionaryAsync(v => v.Id, v => v.Scale, cancellationToken);
}
