using System.Text.Json;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// Evaluates the rules over one patient's history and brings the stored flags and rupture episodes in line:
/// a finding already flagged updates its flag (keeping acknowledgement and resolution, and the rule-set version it was
/// raised under), a new one adds a flag under the ward's current version.
/// Running it twice changes nothing. Two recomputes of one patient at once (two ratings saved together) may both try
/// to add the same flag: the database keeps one flag per finding, and the later one starts again from what the first
/// stored.
/// </summary>
public sealed class FlagRecomputer(AllianceDbContext db, PatientHistoryLoader loader, WardRuleSets ruleSets, TimeProvider clock)
{
    public const string AutomaticResolutionNote = "Resolved automatically: the finding no longer holds.";
    private const int Attempts = 3;

    public async Task RecomputeAsync(Guid patientId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecomputeOnceAsync(patientId, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                ForgetTrackedFlags();
            }
        }
    }

    private void ForgetTrackedFlags()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Flag or RuptureEpisode).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private async Task RecomputeOnceAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var ward = await db.Patients.Where(p => p.Id == patientId)
            .Join(db.Wards, p => p.WardId, w => w.Id, (_, w) => new { w.Id, w.TimeZoneId }).SingleAsync(cancellationToken);
        var (version, parameters) = await ruleSets.CurrentAsync(ward.Id, cancellationToken);
        var history = await loader.LoadAsync(patientId, ward.TimeZoneId, cancellationToken);
        var now = clock.GetUtcNow();
        var evaluation = FlagEngine.Evaluate(history, parameters, now);

        await ApplyFindingsAsync(patientId, ward.Id, version, evaluation.Findings, now, cancellationToken);
        await ApplyEpisodesAsync(patientId, ward.Id, version, evaluation.RuptureEpisodes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyFindingsAsync(
        Guid patientId, Guid wardId, int version, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.Flags.Where(f => f.PatientId == patientId).ToDictionaryAsync(f => f.FindingKey, cancellationToken);
        foreach (var finding in findings)
        {
            var inputs = JsonSerializer.Serialize(finding.Inputs.ToDictionary());
            if (stored.TryGetValue(finding.FindingKey, out var flag))
            {
                if (flag.Status == FlagStatus.Resolved || Same(flag, finding, inputs))
                {
                    continue;
                }

                flag.Severity = finding.Severity;
                flag.InputsJson = inputs;
                flag.ExplanationEn = finding.ExplanationEn;
                flag.ExplanationNb = finding.ExplanationNb;
                flag.LastSeenAt = now;
                flag.ConcurrencyStamp = Guid.NewGuid();
                continue;
            }

            db.Flags.Add(new Flag
            {
                PatientId = patientId,
                WardId = wardId,
                SessionId = finding.SessionId,
                RuleId = finding.RuleId,
                RuleSetVersion = version,
                FindingKey = finding.FindingKey,
                Severity = finding.Severity,
                InputsJson = inputs,
                ExplanationEn = finding.ExplanationEn,
                ExplanationNb = finding.ExplanationNb,
                RaisedAt = finding.OccurredAt,
                LastSeenAt = now,
            });
        }

        ResolveVanished(stored.Values, findings.Select(f => f.FindingKey).ToHashSet(), now);
    }

    /// <summary>A flag whose finding no longer holds (the missing record was added, say) is resolved by the system, with a note saying so.</summary>
    private static void ResolveVanished(IEnumerable<Flag> stored, HashSet<string> current, DateTimeOffset now)
    {
        foreach (var flag in stored.Where(f => f.Status != FlagStatus.Resolved && !current.Contains(f.FindingKey)))
        {
            flag.Status = FlagStatus.Resolved;
            flag.ResolvedAt = now;
            flag.ResolutionNote = AutomaticResolutionNote;
            flag.ConcurrencyStamp = Guid.NewGuid();
        }
    }

    private static bool Same(Flag flag, Finding finding, string inputs) =>
        flag.Severity == finding.Severity && flag.InputsJson == inputs &&
        flag.ExplanationEn == finding.ExplanationEn && flag.ExplanationNb == finding.ExplanationNb;

    private async Task ApplyEpisodesAsync(
        Guid patientId, Guid wardId, int version, IReadOnlyList<RuptureEpisodeResult> episodes, CancellationToken cancellationToken)
    {
        var stored = await db.RuptureEpisodes.Where(e => e.PatientId == patientId)
            .ToDictionaryAsync(e => (e.Rater, e.OpenedBySessionId), cancellationToken);
        foreach (var result in episodes)
        {
            if (!stored.TryGetValue((result.Rater, result.OpenedBySessionId), out var episode))
            {
                episode = new RuptureEpisode
                {
                    PatientId = patientId,
                    WardId = wardId,
                    Rater = result.Rater,
                    OpenedBySessionId = result.OpenedBySessionId,
                    OpenedAt = result.OpenedAt,
                    OpenedByRuleId = result.OpenedByRuleId,
                    BaselineMean = result.BaselineMean,
                    BaselineSd = result.BaselineSd,
                    RuleSetVersion = version,
                };
                db.RuptureEpisodes.Add(episode);
            }

            if (episode.Status != result.Status || episode.ClosedBySessionId != result.ClosedBySessionId)
            {
                episode.Status = result.Status;
                episode.ClosedBySessionId = result.ClosedBySessionId;
                episode.ClosedAt = result.ClosedAt;
                episode.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }
}
