using AllianceTracker.Core.Dashboard;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>
/// Keeps the daily facts in line with the clinical records: rebuilds the facts of every patient with a record
/// written since the last refresh (all patients the first time, or on a full rebuild). Each patient is rebuilt in a
/// scope of its own; no patient data leaves the process.
/// </summary>
public sealed class AggregateRefresh(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>Two rebuilds of one patient at once could both delete and both insert; in one process they take turns.</summary>
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Records are read again from a little before the watermark, so one committed late is not missed.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    public Task RefreshAsync(CancellationToken cancellationToken) => RunAsync(rebuildAll: false, cancellationToken);

    public Task RebuildAllAsync(CancellationToken cancellationToken) => RunAsync(rebuildAll: true, cancellationToken);

    public void Dispose() => _turn.Dispose();

    private async Task RunAsync(bool rebuildAll, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        List<Guid> patients;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            var mark = rebuildAll ? null : await db.AggregateWatermarks.AsNoTracking()
                .SingleOrDefaultAsync(w => w.Name == AggregateWatermark.DailyPatientFacts, cancellationToken);
            patients = mark is null
                ? await db.Patients.Select(p => p.Id).ToListAsync(cancellationToken)
                : await ChangedSinceAsync(db, mark.RefreshedUpTo - Overlap, cancellationToken);
        }

        await _turn.WaitAsync(cancellationToken);
        try
        {
            await RebuildEachAsync(patients, started, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task RebuildEachAsync(List<Guid> patients, DateTimeOffset started, CancellationToken cancellationToken)
    {
        foreach (var patientId in patients)
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<PatientFactsRebuilder>().RebuildAsync(patientId, cancellationToken);
        }

        using var markScope = scopes.CreateScope();
        var db = markScope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var mark = await db.AggregateWatermarks.SingleOrDefaultAsync(w => w.Name == AggregateWatermark.DailyPatientFacts, cancellationToken);
        if (mark is null)
        {
            db.AggregateWatermarks.Add(new AggregateWatermark { Name = AggregateWatermark.DailyPatientFacts, RefreshedUpTo = started });
        }
        else if (mark.RefreshedUpTo < started)
        {
            mark.RefreshedUpTo = started;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<List<Guid>> ChangedSinceAsync(AllianceDbContext db, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changed = new HashSet<Guid>();
        changed.UnionWith(await db.Ratings.Where(r => r.SubmittedAt >= since).Select(r => r.PatientId).Distinct().ToListAsync(cancellationToken));
        changed.UnionWith(await db.NonResponses.Where(n => n.RecordedAt >= since).Select(n => n.PatientId).Distinct().ToListAsync(cancellationToken));
        changed.UnionWith(await db.Flags.Where(f => f.LastSeenAt >= since).Select(f => f.PatientId).Distinct().ToListAsync(cancellationToken));
        changed.UnionWith(await db.Sessions.Where(s => s.Versions.Any(v => v.RecordedAt >= since)).Select(s => s.PatientId).Distinct().ToListAsync(cancellationToken));
        changed.UnionWith(await db.TreatmentDecisions.Where(d => d.Versions.Any(v => v.RecordedAt >= since)).Select(d => d.PatientId).Distinct().ToListAsync(cancellationToken));
        changed.UnionWith(await db.Goals.Where(g => g.Versions.Any(v => v.RecordedAt >= since)).Select(g => g.PatientId).Distinct().ToListAsync(cancellationToken));
        changed.UnionWith(await db.AutonomyDecisions
            .Where(d => d.Versions.Any(v => v.RecordedAt >= since) || d.FollowUps.Any(f => f.RecordedAt >= since))
            .Select(d => d.PatientId).Distinct().ToListAsync(cancellationToken));
        return [.. changed];
    }
}
