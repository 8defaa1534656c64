using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Summaries;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.AccessLog;

/// <summary>Every access to one patient's record, newest first, in the ward's time: the patient's right to see who looked.</summary>
public sealed class AccessLogQuery(AllianceDbContext db)
{
    public async Task<PatientAccessLog> LoadAsync(Patient patient, CancellationToken cancellationToken)
    {
        var zone = await db.Wards.Where(w => w.Id == patient.WardId).Select(w => w.TimeZoneId).SingleAsync(cancellationToken);
        var time = WardTime.Of(zone);
        var events = await (from e in db.AuditEvents
                            where e.PatientId == patient.Id
                            join u in db.Users on e.UserId equals u.Id into users
                            from u in users.DefaultIfEmpty()
                            orderby e.Id descending
                            select new { e.OccurredAt, Name = u == null ? null : u.DisplayName, e.Role, e.Action, e.Resource, e.Outcome })
            .ToListAsync(cancellationToken);
        return new PatientAccessLog(
            patient.DisplayAlias,
            zone,
            [.. events.Select(e => new AccessLogEntry(time.Local(e.OccurredAt), e.Name ?? NoStaffMember, e.Role ?? "", e.Action, e.Resource, e.Outcome))]);
    }

    /// <summary>Events without a signed-in staff member: the patient's own tablet, or a caller who was not signed in.</summary>
    public const string NoStaffMember = "No staff member signed in";
}

public sealed record PatientAccessLog(string PatientAlias, string TimeZoneId, IReadOnlyList<AccessLogEntry> Entries);

public sealed record AccessLogEntry(DateTimeOffset At, string Who, string Role, AuditAction Action, string Resource, AuditOutcome Outcome)
{
    public string What => $"{ActionText(Action)} ({Resource})";

    public string OutcomeText => Outcome switch
    {
        AuditOutcome.Success => "allowed",
        AuditOutcome.Refused => "refused",
        AuditOutcome.NotFound => "refused (not found)",
        _ => "failed",
    };

    private static string ActionText(AuditAction action) => action switch
    {
        AuditAction.Read => "looked at",
        AuditAction.Create => "recorded",
        AuditAction.Amend => "changed",
        AuditAction.Export => "exported",
        AuditAction.SignIn => "signed in",
        _ => "administered",
    };
}
