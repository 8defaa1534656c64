using System.Net;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Flags;

public class FlagReminderTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task Overdue_follow_ups_and_unrepaired_ruptures_reach_every_responsible_clinician_once_however_often_the_job_runs()
    {
        await RunRemindersAsync();
        var first = await RemindersAsync();
        await RunRemindersAsync();
        var second = await RemindersAsync();

        await using var db = App.NewDbContext();
        var overdue = await db.Flags.Where(f => f.RuleId == RuleIds.FollowUpOverdue && f.Severity == FlagSeverity.High && f.Status != FlagStatus.Resolved)
            .Select(f => new { f.Id, f.PatientId }).ToListAsync();
        var unrepaired = await db.RuptureEpisodes.Where(e => e.Status == RuptureStatus.Unrepaired).Select(e => new { e.Id, e.PatientId }).ToListAsync();
        var clinicians = await db.CareTeamMemberships
            .Where(m => m.Role == CareTeamRole.Therapist || m.Role == CareTeamRole.ResponsibleClinician)
            .Select(m => new { m.PatientId, m.StaffUserId }).ToListAsync();
        var expected = overdue.Select(f => (ReminderKind.FollowUpOverdue, f.Id, f.PatientId))
            .Concat(unrepaired.Select(e => (ReminderKind.UnrepairedRupture, e.Id, e.PatientId)))
            .SelectMany(s => clinicians.Where(c => c.PatientId == s.PatientId).Select(c => (c.StaffUserId, s.Item1, s.Id)))
            .Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(overdue, Is.Not.Empty, "the demo data has an overdue follow-up");
            Assert.That(unrepaired, Is.Not.Empty, "the demo data has an unrepaired rupture");
            Assert.That(first.Select(r => (r.StaffUserId, r.Kind, r.SubjectId)), Is.EquivalentTo(expected));
            Assert.That(second.Select(r => r.Id), Is.EquivalentTo(first.Select(r => r.Id)));
        });
    }

    [Test]
    public async Task A_clinician_sees_their_reminders_in_the_inbox_and_one_marked_done_leaves_it_for_good()
    {
        await RunRemindersAsync();
        var (email, reminder) = await SomeReminderAsync();
        using var client = await App.SignInAsync(email);

        var before = await (await client.GetAsync("/api/v1/flags?status=open")).ReadAsync<InboxView>();
        var page = await client.GetStringAsync("/Flags/Inbox");
        using var done = await client.PostAsync($"/api/v1/reminders/{reminder.Id}/done", null);
        await RunRemindersAsync();
        var after = await (await client.GetAsync("/api/v1/flags?status=open")).ReadAsync<InboxView>();

        Assert.Multiple(async () =>
        {
            Assert.That(before.Reminders.Select(r => r.Id), Does.Contain(reminder.Id));
            Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(after.Reminders.Select(r => r.Id), Does.Not.Contain(reminder.Id));
            Assert.That(await RemindersAsync(), Has.Exactly(1).Matches<Reminder>(r => r.SubjectId == reminder.SubjectId && r.StaffUserId == reminder.StaffUserId));
            Assert.That(page, Does.Contain("a rupture in the alliance that was not repaired"));
        });
    }

    [Test]
    public async Task Someone_elses_reminder_is_not_found_and_stays_as_it_is()
    {
        await RunRemindersAsync();
        var (owner, reminder) = await SomeReminderAsync();
        var other = owner == "therapist1@demo.example" ? "therapist2@demo.example" : "therapist1@demo.example";
        using var client = await App.SignInAsync(other);

        using var response = await client.PostAsync($"/api/v1/reminders/{reminder.Id}/done", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await RemindersAsync()).Single(r => r.Id == reminder.Id).DoneAt, Is.Null);
    }

    [Test]
    public void The_reminders_job_is_scheduled_with_no_patient_data_in_its_arguments()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == FlagReminders.JobId);

        Assert.Multiple(() =>
        {
            Assert.That(job.Job.Type, Is.EqualTo(typeof(FlagReminders)));
            Assert.That(job.Job.Args, Has.All.InstanceOf<CancellationToken>());
            Assert.That(job.Cron, Is.EqualTo(Cron.Hourly(5)));
        });
    }

    private async Task RunRemindersAsync()
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FlagReminders>().RunAsync(CancellationToken.None);
    }

    private async Task<List<Reminder>> RemindersAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Reminders.ToListAsync();
    }

    /// <summary>An open reminder of a demo clinician, and their e-mail.</summary>
    private async Task<(string Email, Reminder Reminder)> SomeReminderAsync()
    {
        await using var db = App.NewDbContext();
        var reminder = await db.Reminders.Where(r => r.DoneAt == null && r.Kind == ReminderKind.UnrepairedRupture)
            .OrderBy(r => r.Id).FirstAsync();
        var email = await db.Users.Where(u => u.Id == reminder.StaffUserId).Select(u => u.Email!).SingleAsync();
        return (email, reminder);
    }
}
