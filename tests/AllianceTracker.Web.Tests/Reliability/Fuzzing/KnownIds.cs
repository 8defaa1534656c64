using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Reliability.Fuzzing;

/// <summary>
/// Ids of real records of every kind the API addresses, whoever's care team they belong to, so the
/// fuzzer reaches past routing and asks for records of other patients and of the wrong kind.
/// </summary>
public sealed class KnownIds(IReadOnlyDictionary<string, IReadOnlyList<Guid>> byKind)
{
    private const int PerKind = 8;

    private static readonly Dictionary<string, string> KindOfSegment = new(StringComparer.Ordinal)
    {
        ["patients"] = "patient", ["sessions"] = "session", ["goals"] = "goal", ["decisions"] = "decision",
        ["autonomy-decisions"] = "autonomy", ["episodes"] = "episode", ["flags"] = "flag", ["handovers"] = "handover",
        ["summaries"] = "summary", ["summary-batches"] = "batch", ["wards"] = "ward", ["reports"] = "report",
    };

    public IReadOnlyList<Guid> All { get; } = byKind.Values.SelectMany(ids => ids).ToList();

    public static async Task<KnownIds> ReadAsync(AllianceDbContext db)
    {
        async Task<IReadOnlyList<Guid>> Take(IQueryable<Guid> ids) => await ids.OrderBy(id => id).Take(PerKind).ToListAsync();
        return new KnownIds(new Dictionary<string, IReadOnlyList<Guid>>
        {
            ["patient"] = await Take(db.Patients.Select(p => p.Id)),
            ["session"] = await Take(db.Sessions.Select(s => s.Id)),
            ["goal"] = await Take(db.Goals.Select(g => g.Id)),
            ["decision"] = await Take(db.TreatmentDecisions.Select(d => d.Id)),
            ["autonomy"] = await Take(db.AutonomyDecisions.Select(d => d.Id)),
            ["episode"] = await Take(db.Episodes.Select(e => e.Id)),
            ["flag"] = await Take(db.Flags.Select(f => f.Id)),
            ["handover"] = await Take(db.TabletHandovers.Select(h => h.Id)),
            ["summary"] = await Take(db.SummaryDocuments.Select(d => d.Id)),
            ["batch"] = await Take(db.SummaryBatchRequests.Select(b => b.Id)),
            ["ward"] = await Take(db.Wards.Select(w => w.Id)),
            ["report"] = await Take(db.WardReports.Select(r => r.Id)),
        });
    }

    /// <summary>Mostly an id of the kind the route segment names, sometimes any record's, or none that exists.</summary>
    public Guid ForSegment(Random random, string segment) =>
        Pick(random, KindOfSegment.TryGetValue(segment, out var kind) ? byKind[kind] : All);

    /// <summary>An id for a body property such as wardId or patientIds.</summary>
    public Guid ForProperty(Random random, string property)
    {
        var name = property.ToLowerInvariant();
        var kind = byKind.Keys.FirstOrDefault(k => name.Contains(k, StringComparison.Ordinal));
        return Pick(random, kind is null ? All : byKind[kind]);
    }

    private Guid Pick(Random random, IReadOnlyList<Guid> preferred) => random.Next(10) switch
    {
        < 7 when preferred.Count > 0 => preferred[random.Next(preferred.Count)],
        < 9 when All.Count > 0 => All[random.Next(All.Count)],
        _ => random.Next(2) == 0 ? Guid.Empty : RandomGuid(random),
    };

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
