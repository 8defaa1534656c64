using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>A ward's figures over a period and the period before it, read from the daily facts, the stays and the rupture episodes.</summary>
public sealed class WardDashboardQuery(AllianceDbContext db, TimeProvider clock)
{
    public static TimeZoneInfo ZoneOf(Ward ward) => TimeZoneInfo.FindSystemTimeZoneById(ward.TimeZoneId);

    public DateOnly Today(Ward ward) => WardClock.LocalDay(clock.GetUtcNow(), ZoneOf(ward));

    public async Task<WardFigures> RunAsync(Ward ward, DashboardRange range, CancellationToken cancellationToken)
    {
        var (data, metrics) = await LoadAsync(ward, range, cancellationToken);
        return WardFigures.Compute(data, metrics, range.From, range.To, range.Bucket);
    }

    /// <summary>
    /// The ward's figures and those of one staff member's patients: every patient whose care team they were on at any
    /// time in the period or the one before it, with all of that patient's figures in the ward.
    /// </summary>
    public async Task<(WardFigures Ward, WardFigures Own)> RunBesideAsync(Ward ward, DashboardRange range, Guid staffUserId, CancellationToken cancellationToken)
    {
        var (start, end) = Span(ward, range);
        var own = (await db.CareTeamMemberships.AsNoTracking()
            .Where(m => m.StaffUserId == staffUserId && m.From < end && (m.To == null || m.To > start))
            .Select(m => m.PatientId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var (wardData, metrics) = await LoadAsync(ward, range, cancellationToken);
        var ownData = wardData with
        {
            Facts = [.. wardData.Facts.Where(f => own.Contains(f.PatientId))],
            Stays = [.. wardData.Stays.Where(s => own.Contains(s.PatientId))],
            RuptureEpisodes = [.. wardData.RuptureEpisodes.Where(e => own.Contains(e.PatientId))],
        };
        return WardFigures.ComputeBeside(wardData, ownData, metrics, range.From, range.To, range.Bucket);
    }

    /// <summary>The instants the period and the one before it span on the ward's clock, in UTC (PostgreSQL takes timestamps with time zone only in UTC).</summary>
    private static (DateTimeOffset Start, DateTimeOffset End) Span(Ward ward, DashboardRange range)
    {
        var zone = ZoneOf(ward);
        var firstDay = DashboardPeriods.Previous(range.From, range.To).From;
        return (WardClock.StartOf(firstDay, zone).ToUniversalTime(), WardClock.StartOf(range.To.AddDays(1), zone).ToUniversalTime());
    }

    private async Task<(WardData Data, IReadOnlyList<MetricDefinition> Metrics)> LoadAsync(
        Ward ward, DashboardRange range, CancellationToken cancellationToken)
    {
        var firstDay = DashboardPeriods.Previous(range.From, range.To).From;
        var (start, end) = Span(ward, range);

        var facts = await db.DailyPatientFacts.AsNoTracking()
            .Where(f => f.WardId == ward.Id && f.Day >= firstDay && f.Day <= range.To)
            .Select(f => new FactRow(f.Day, f.PatientId, f.Key, f.Count, f.Value))
            .ToListAsync(cancellationToken);
        var stays = await db.Episodes.AsNoTracking()
            .Where(e => e.WardId == ward.Id && e.AdmittedAt < end && (e.DischargedAt == null || e.DischargedAt >= start))
            .Select(e => new StayInterval(e.PatientId, e.AdmittedAt, e.DischargedAt))
            .ToListAsync(cancellationToken);
        var episodes = await db.RuptureEpisodes.AsNoTracking()
            .Where(e => e.WardId == ward.Id && e.OpenedAt < end && (e.ClosedAt == null || e.ClosedAt >= start))
            .Select(e => new EpisodeInterval(e.PatientId, e.OpenedAt, e.ClosedAt))
            .ToListAsync(cancellationToken);

        var labels = await MeasureLabelsAsync(ward, cancellationToken);
        var metrics = MetricCatalog.For(facts.Select(f => f.Key).Distinct(), labels.Label);
        return (new WardData(facts, stays, episodes, ZoneOf(ward), clock.GetUtcNow()), metrics);
    }

    private async Task<MeasureLabels> MeasureLabelsAsync(Ward ward, CancellationToken cancellationToken) =>
        new(await db.JurisdictionRules.AsNoTracking().Include(r => r.Means)
            .Where(r => r.JurisdictionCode == ward.JurisdictionCode).ToListAsync(cancellationToken));

    private sealed class MeasureLabels(IReadOnlyList<Core.Autonomy.JurisdictionRule> rules)
    {
        public string Label(string ruleCode, string? meansCode)
        {
            var rule = rules.FirstOrDefault(r => r.Code == ruleCode);
            if (rule is null)
            {
                return meansCode is null ? ruleCode : $"{ruleCode} ({meansCode})";
            }

            var means = meansCode is null ? null : rule.Means.FirstOrDefault(m => m.Code == meansCode);
            return meansCode is null ? $"{rule.Section} {rule.NameEn}"
                : $"{rule.Section} ({meansCode}) {means?.NameEn ?? meansCode}";
        }
    }
}
