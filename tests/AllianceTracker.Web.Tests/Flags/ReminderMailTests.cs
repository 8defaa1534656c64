using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AllianceTracker.Web.Tests.Flags;

public class ReminderMailTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string SiteUrl = "https://alliance.test";
    private const string Sender = "noreply@alliance.test";

    private readonly LoopbackSmtpServer _smtp = LoopbackSmtpServer.Start();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = nameof(SecureSocketOptions.None),
        ["Smtp:Sender"] = Sender,
        ["Smtp:SiteUrl"] = SiteUrl,
    };

    [OneTimeTearDown]
    public void StopSmtp() => _smtp.Dispose();

    [SetUp]
    public async Task NothingMailedYet()
    {
        await using var db = App.NewDbContext();
        await db.Reminders.ExecuteUpdateAsync(s => s.SetProperty(r => r.MailedAt, (DateTimeOffset?)null));
    }

    [Test]
    public async Task Each_clinician_with_new_reminders_gets_one_mail_with_their_count_and_the_inbox_link_and_no_patient_data()
    {
        var before = _smtp.Messages.Count;

        await RunRemindersAsync();
        var mails = _smtp.Messages.Skip(before).ToList();
        var expected = await NewRemindersByAddressAsync();
        var forbidden = await PatientTextsAsync();
        await RunRemindersAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(expected, Is.Not.Empty, "the demo data gives reminders");
            Assert.That(mails.Select(m => m.Recipients.Single()), Is.EquivalentTo(expected.Keys));
            foreach (var mail in mails)
            {
                var count = expected[mail.Recipients.Single()];
                var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(mail.Data)));
                var text = message.Subject + "\n" + message.TextBody;
                Assert.That(mail.From, Is.EqualTo(Sender));
                Assert.That(text, Does.Contain($"You have {count} new reminders").And.Contain($"Du har {count} nye påminnelser"));
                Assert.That(text, Does.Contain($"{SiteUrl}/Flags/Inbox"));
                Assert.That(forbidden.Where(f => text.Contains(f, StringComparison.OrdinalIgnoreCase) || mail.Data.Contains(f, StringComparison.Ordinal)),
                    Is.Empty, "no patient data in the mail");
            }

            Assert.That(_smtp.Messages, Has.Count.EqualTo(before + mails.Count), "a second run mails nothing again");
            Assert.That(await UnmailedCountAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task Without_a_mail_server_nothing_is_sent_and_no_connection_is_made()
    {
        var connections = _smtp.Connections;
        var unconfigured = new SmtpOptions { Port = _smtp.Port, Security = SecureSocketOptions.None, Sender = Sender, SiteUrl = SiteUrl };

        using (var scope = App.Services.CreateScope())
        {
            var mail = ActivatorUtilities.CreateInstance<ReminderMail>(scope.ServiceProvider, Options.Create(unconfigured));
            await ActivatorUtilities.CreateInstance<FlagReminders>(scope.ServiceProvider, mail).RunAsync(CancellationToken.None);
        }

        Assert.That(_smtp.Connections, Is.EqualTo(connections));
        Assert.That(await UnmailedCountAsync(), Is.GreaterThan(0));
    }

    [Test]
    public async Task A_mail_server_that_is_down_fails_quietly_and_the_reminders_are_mailed_on_the_next_run()
    {
        var before = _smtp.Messages.Count;
        _smtp.Stop();
        try
        {
            await Assert.ThatAsync(RunRemindersAsync, Throws.Nothing);
            Assert.That(await UnmailedCountAsync(), Is.GreaterThan(0));
        }
        finally
        {
            _smtp.Listen();
        }

        await RunRemindersAsync();

        Assert.That(_smtp.Messages.Skip(before).Select(m => m.Recipients.Single()), Is.EquivalentTo((await NewRemindersByAddressAsync()).Keys));
        Assert.That(await UnmailedCountAsync(), Is.Zero);
    }

    private async Task RunRemindersAsync()
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FlagReminders>().RunAsync(CancellationToken.None);
    }

    private async Task<int> UnmailedCountAsync()
    {
        await using var db = App.NewDbContext();
        return await PendingReminders.Of(db).CountAsync(r => r.MailedAt == null);
    }

    /// <summary>The standing reminders per clinician's address, all of them new since the set-up cleared what was mailed.</summary>
    private async Task<Dictionary<string, int>> NewRemindersByAddressAsync()
    {
        await using var db = App.NewDbContext();
        var counts = (await PendingReminders.Of(db).Select(r => r.StaffUserId).ToListAsync())
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var staffIds = counts.Keys.ToList();
        var emails = await db.Users.Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email!);
        return counts.ToDictionary(c => emails[c.Key], c => c.Value);
    }

    /// <summary>Everything that would identify a patient or tell their story: aliases, ids and the notes of the demo data.</summary>
    private async Task<List<string>> PatientTextsAsync()
    {
        await using var db = App.NewDbContext();
        var patients = await db.Patients.Select(p => new { p.Id, p.DisplayAlias }).ToListAsync();
        var sessionNotes = await db.Sessions.Select(s => s.Current.Note).ToListAsync();
        var followUpNotes = await db.AutonomyDecisions.SelectMany(d => d.FollowUps).Select(f => f.Note).ToListAsync();
        return patients.SelectMany(p => new[] { p.DisplayAlias, p.DisplayAlias.Replace(" (demo)", ""), p.Id.ToString(), p.Id.ToString("N") })
            .Concat(sessionNotes.Concat(followUpNotes).OfType<string>())
            .Distinct().ToList();
    }
}
