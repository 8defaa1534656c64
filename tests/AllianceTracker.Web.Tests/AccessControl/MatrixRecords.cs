using AllianceTracker.Core.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.AccessControl;

/// <summary>
/// Real ids for every route parameter of the matrix: one patient of therapist1's care team (not of therapist2's,
/// the manager's or the administrator's) with a record of every kind, found in the demo data.
/// </summary>
public sealed record MatrixRecords(
    Guid PatientId, Guid WardId, Guid SessionId, Guid GoalId, Guid FlagId, Guid AutonomyDecisionId, Guid EpisodeId,
    Guid SummaryDocumentId, Guid HandoverId, Guid DecisionId, Guid RetainedAutonomyId)
{
    public const string InTeam = "therapist1@demo.example";
    public const string OutsideTeam = "therapist2@demo.example";

    public static async Task<MatrixRecords> FindAsync(AllianceAppFactory app, HttpClient inTeam)
    {
        await using var db = app.NewDbContext();
        var owner = await db.Users.Where(u => u.Email == InTeam).Select(u => u.Id).SingleAsync();
        var others = await db.Users.Where(u => u.Email != InTeam).Select(u => u.Id).ToListAsync();
        var patient = await db.Patients
            .Where(p => db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == owner) &&
                        !db.CareTeamMemberships.Any(m => m.PatientId == p.Id && others.Contains(m.StaffUserId)) &&
                        db.Goals.Any(g => g.PatientId == p.Id) && db.AutonomyDecisions.Any(d => d.PatientId == p.Id) &&
                        db.TreatmentDecisions.Any(d => d.PatientId == p.Id) && db.RetainedAutonomy.Any(r => r.PatientId == p.Id) &&
                        db.Episodes.Any(e => e.PatientId == p.Id) && db.Sessions.Any(s => s.PatientId == p.Id) &&
                        db.Flags.Any(f => f.PatientId == p.Id && f.Status == FlagStatus.Open))
            .OrderBy(p => p.DisplayAlias)
            .FirstAsync();
        var sessionId = await db.Sessions.Where(s => s.PatientId == patient.Id).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();

        using var summary = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/patients/{patient.Id}/summary");
        summary.Headers.Accept.ParseAdd("application/pdf");
        using var document = await inTeam.SendAsync(summary);
        document.EnsureSuccessStatusCode();
        using var handover = await inTeam.PostAsync($"/api/v1/sessions/{sessionId}/handover", null);

        return new MatrixRecords(
            patient.Id,
            patient.WardId,
            sessionId,
            await db.Goals.Where(g => g.PatientId == patient.Id).Select(g => g.Id).FirstAsync(),
            await db.Flags.Where(f => f.PatientId == patient.Id && f.Status == FlagStatus.Open).Select(f => f.Id).FirstAsync(),
            await db.AutonomyDecisions.Where(d => d.PatientId == patient.Id).Select(d => d.Id).FirstAsync(),
            await db.Episodes.Where(e => e.PatientId == patient.Id).Select(e => e.Id).FirstAsync(),
            Guid.Parse(document.Headers.GetValues("X-Document-Id").Single()),
            (await handover.ReadAsync<Features.Tablet.HandoverCodeResponse>()).HandoverId,
            await db.TreatmentDecisions.Where(d => d.PatientId == patient.Id).Select(d => d.Id).FirstAsync(),
            await db.RetainedAutonomy.Where(r => r.PatientId == patient.Id).Select(r => r.Id).FirstAsync());
    }

    /// <summary>The id a route parameter stands for, told by the path segment before it.</summary>
    public string? For(string parameter, string previousSegment) => (parameter, previousSegment.ToLowerInvariant()) switch
    {
        ("id", "patients" or "needtoknow") => PatientId.ToString(),
        ("id", "sessions") or ("sessionId", _) => SessionId.ToString(),
        ("id", "goals") => GoalId.ToString(),
        ("id", "flags") => FlagId.ToString(),
        ("id", "autonomy-decisions" or "autonomydecisions") => AutonomyDecisionId.ToString(),
        ("id", "episodes") => EpisodeId.ToString(),
        ("id", "summaries") => SummaryDocumentId.ToString(),
        ("id", "handovers") => HandoverId.ToString(),
        ("id", "wards") => WardId.ToString(),
        ("id", "decisions") => DecisionId.ToString(),
        ("id", "retained-autonomy" or "retainedautonomy") => RetainedAutonomyId.ToString(),
        // no such record exists: every caller must get the same answer
        ("id", "summary-batches" or "reminders" or "staff") or ("reportId" or "staffUserId", _) => Guid.Empty.ToString(),
        ("code", "jurisdictions") => "NO",
        ("path", _) => "",
        ("documentName", _) => "v1",
        _ => null,
    };
}
