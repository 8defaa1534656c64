using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// The recurring reminders job: puts every overdue follow-up conversation and every unrepaired rupture in the inbox of
/// each clinician on the patient's care team (therapists and the responsible clinician). It takes no arguments and
/// adds a reminder only where that clinician has none for that subject, so running it again adds nothing. When a mail
/// server is configured, each clinician with new reminders is then told so by e-mail.
/// </summary>
public sealed class FlagReminders(AllianceDbContext db, ReminderMail mail, TimeProvider clock)
{
    public const string JobId = "flags-reminders";

    private static readonly CareTeamRole[] Responsible = [CareTeamRole.Therapist, CareTeamRole.ResponsibleClinician];

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var subjects = (await PendingReminders.OverdueFollowUps(db)
                .Select(f => new Subject(ReminderKind.FollowUpOverdue, f.Id, f.PatientId, f.RaisedAt)).ToListAsync(cancellationToken))
            .Concat(await PendingReminders.UnrepairedRuptures(db)
                .Select(e => new Subject(ReminderKind.UnrepairedRupture, e.Id, e.PatientId, e.ClosedAt ?? e.OpenedAt)).ToListAsync(cancellationToken))
            .ToList();
        var patientIds = subjects.Select(s => s.PatientId).Distinct().ToList();
        var clinicians = (await db.CareTeamMemberships.AsNoTracking()
                .Where(m => patientIds.Contains(m.PatientId) && Responsible.Contains(m.Role) && m.From <= now && (m.To == null || m.To > now))
                .Select(m => new { m.PatientId, m.StaffUserId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.PatientId, m => m.StaffUserId);
        var subjectIds = subjects.Select(s => s.SubjectId).ToList();
        var existing = (await db.Reminders.AsNoTracking().Where(r => subjectIds.Contains(r.SubjectId))
                .Select(r => new { r.StaffUserId, r.Kind, r.SubjectId }).ToListAsync(cancellationToken))
            .Select(r => (r.StaffUserId, r.Kind, r.SubjectId)).ToHashSet();

        foreach (var subject in subjects)
        {
            foreach (var staffUserId in clinicians[subject.PatientId].Distinct()
                         .Where(staffUserId => !existing.Contains((staffUserId, subject.Kind, subject.SubjectId))))
            {
                db.Reminders.Add(new Reminder
                {
                    StaffUserId = staffUserId,
                    PatientId = subject.PatientId,
                    Kind = subject.Kind,
                    SubjectId = subject.SubjectId,
                    DueSince = subject.DueSince,
                    CreatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await mail.SendNewAsync(cancellationToken);
    }

    private sealed record Subject(ReminderKind Kind, Guid SubjectId, Guid PatientId, DateTimeOffset DueSince);
}
