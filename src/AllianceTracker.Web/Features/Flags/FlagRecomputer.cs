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

    public Task RecomputeAsync(Guid patientId, CancellationToken cancellationToken) => RecomputeAsync([patientId], cancellationToken);

    /// <summary>Recomputes many patients with one query per kind of record and one save, as the nightly run does ward by ward.</summary>
    public async Task RecomputeAsync(IReadOnlyCollection<Guid> patientIds, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecomputeOnceAsync(patientIds, cancellationToken);
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

    private async Task RecomputeOnceAsync(IReadOnlyCollection<Guid> patientIds, CancellationToken cancellationToken)
    {
        // the ward's current rule set comes with its patients; a ward that has none yet gets the defaults stored
        var wards = await db.Patients.Where(p => patientIds.Contains(p.Id))
            .Join(db.Wards, p => p.WardId, w => w.Id, (p, w) => new
            {
                PatientId = p.Id,
                WardId = w.Id,
                w.TimeZoneId,
                RuleSet = db.RuleSets.Where(r => r.WardId == w.Id).OrderByDescending(r => r.Version)
                    .Select(r => new { r.Version, r.ParametersJson }).FirstOrDefault(),
                Has = new PatientRecordKinds(
                    db.NonResponses.Any(n => n.PatientId == p.Id),
                    db.TreatmentDecisions.Any(d => d.PatientId == p.Id),
                    db.AutonomyDecisions.Any(d => d.PatientId == p.Id),
                    db.Flags.Any(f => f.PatientId == p.Id),
                    db.RuptureEpisodes.Any(e => e.PatientId == p.Id)),
            })
            .ToDictionaryAsync(p => p.PatientId, cancellationToken);
        var wardRules = new Dictionary<Guid, (int Version, RuleParameters Parameters)>();
        foreach (var ward in wards.Values.DistinctBy(w => w.WardId))
        {
            wardRules[ward.WardId] = ward.RuleSet is { } current
                ? (current.Version, RuleParameters.FromJson(current.ParametersJson))
                : await ruleSets.CurrentAsync(ward.WardId, cancellationToken);
        }

        var histories = await loader.LoadAsync(wards.ToDictionary(w => w.Key, w => new PatientToRead(w.Value.TimeZoneId, w.Value.Has)), cancellationToken);
        var kinds = wards.Select(w => KeyValuePair.Create(w.Key, w.Value.Has)).ToList();
        var storedFlags = (await PatientRecordKinds.ReadForThoseWithAsync(kinds, has => has.Flags,
            ids => db.Flags.Where(f => ids.Contains(f.PatientId)).ToListAsync(cancellationToken))).ToLookup(f => f.PatientId);
        var storedEpisodes = (await PatientRecordKinds.ReadForThoseWithAsync(kinds, has => has.RuptureEpisodes,
            ids => db.RuptureEpisodes.Where(e => ids.Contains(e.PatientId)).ToListAsync(cancellationToken))).ToLookup(e => e.PatientId);
        var now = clock.GetUtcNow();
        foreach (var (patientId, ward) in wards)
        {
            var (version, parameters) = wardRules[ward.WardId];
            var evaluation = FlagEngine.Evaluate(histories[patientId], parameters, now);
            ApplyFindings(patientId, ward.WardId, version, evaluation.Findings, storedFlags[patientId], now);
            ApplyEpisodes(patientId, ward.WardId, version, evaluation.RuptureEpisodes, storedEpisodes[patientId]);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void ApplyFindings(
        Guid patientId, Guid wardId, int version, IReadOnlyList<Finding> findings, IEnumerable<Flag> storedFlags, DateTimeOffset now)
    {
        var stored = storedFlags.ToDictionary(f => f.FindingKey);
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

    private void ApplyEpisodes(
        Guid patientId, Guid wardId, int version, IReadOnlyList<RuptureEpisodeResult> episodes, IEnumerable<RuptureEpisode> storedEpisodes)
    {
        var stored = storedEpisodes.ToDictionary(e => (e.Rater, e.OpenedBySessionId));
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
