using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Reports.Charts;
using AllianceTracker.Web.Features.Autonomy;
using AllianceTracker.Web.Features.Decisions;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Goals;
using AllianceTracker.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Patients;

/// <summary>Everything the patient timeline tells, loaded once for a patient the caller may see.</summary>
public sealed record PatientTimeline(
    Patient Patient,
    IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<GoalView> Goals,
    IReadOnlyList<TreatmentDecisionView> Decisions,
    IReadOnlyList<AutonomyDecisionView> AutonomyDecisions,
    IReadOnlyList<RetainedAutonomyView> RetainedAutonomy,
    IReadOnlyList<FlagView> Flags,
    CrisisPlanContent? CrisisPlan,
    IReadOnlyDictionary<Guid, JurisdictionRule> RuleOfAutonomyDecision)
{
    public static readonly string[] Scales = ["total", "goal", "task", "bond"];

    /// <summary>The alliance as each side rated it, session by session: two lines, never averaged.</summary>
    public IReadOnlyList<(int Session, DateTimeOffset StartsAt, double? Patient, double? Therapist)> Alliance(string scale) =>
        Sessions.Select((s, i) => (i + 1, s.StartsAt, Score(s.PatientRating, scale), Score(s.TherapistRating, scale))).ToList();

    public string AllianceSvg(string scale)
    {
        var points = Alliance(scale);
        var labels = new AllianceChartLabels(
            $"Working alliance ({scale}, 0–100)", "Session", "Score (0–100)", "Patient's rating", "Therapist's rating");
        return AllianceChart.BySession(
            points.Select(p => new SessionRating(p.Session, p.Patient)),
            points.Select(p => new SessionRating(p.Session, p.Therapist)), labels).ToSvg(720, 320);
    }

    private static double? Score(RatingView? rating, string scale) => rating?.Scores is not { } scores ? null : scale switch
    {
        "goal" => scores.Goal100,
        "task" => scores.Task100,
        "bond" => scores.Bond100,
        _ => scores.Total100,
    };
}

public sealed class PatientTimelineQuery(AllianceDbContext db, SessionViews sessionViews)
{
    public async Task<PatientTimeline> LoadAsync(Patient patient, IQueryable<Patient> visible, CancellationToken cancellationToken)
    {
        var rules = await db.JurisdictionRules.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        var autonomyDecisions = (await db.AutonomyDecisions.AsNoTracking().Include(d => d.Versions).Include(d => d.FollowUps)
                .Where(d => d.PatientId == patient.Id).ToListAsync(cancellationToken))
            .OrderBy(d => d.Current.StartsAt).ToList();
        var crisisPlan = await CrisisPlanEndpoints.CurrentPlanAsync(db.CrisisPlans.AsNoTracking(), patient.Id, cancellationToken);

        return new PatientTimeline(
            patient,
            await sessionViews.OfPatientAsync(patient.Id, cancellationToken),
            (await db.Goals.AsNoTracking().Include(g => g.Versions).Where(g => g.PatientId == patient.Id).ToListAsync(cancellationToken))
                .OrderBy(g => g.CreatedAt).Select(GoalView.From).ToList(),
            (await db.TreatmentDecisions.AsNoTracking().Include(d => d.Versions).Where(d => d.PatientId == patient.Id).ToListAsync(cancellationToken))
                .OrderBy(d => d.Current.DecidedAt).Select(TreatmentDecisionView.From).ToList(),
            autonomyDecisions.Select(d => AutonomyDecisionView.From(d, rules[d.RuleId])).ToList(),
            (await db.RetainedAutonomy.AsNoTracking().Include(r => r.Versions).Where(r => r.PatientId == patient.Id).ToListAsync(cancellationToken))
                .OrderBy(r => r.Current.From).Select(RetainedAutonomyView.From).ToList(),
            (await db.FlagsOfAsync(visible.Where(p => p.Id == patient.Id), null, cancellationToken))
                .Where(f => f.Status != FlagStatus.Resolved).ToList(),
            crisisPlan?.Current,
            autonomyDecisions.ToDictionary(d => d.Id, d => rules[d.RuleId]));
    }
}
