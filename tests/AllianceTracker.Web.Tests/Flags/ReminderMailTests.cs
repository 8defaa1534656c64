using System.Text;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Security;
using Hangfire;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AllianceTracker.Web.Tests.Flags;

/// <summary>The reminders job's e-mail, sent to a real SMTP server on a loopback port.</summary>
public class ReminderMailTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string SiteUrl = "https://alliance.test";
    private const string Sender = "noreply@alliance.test";

    private readonly LoopbackSmtpServer _smtp = LoopbackSmtpServer.Start();
    private readonly CapturingLoggerProvider _logs = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = nameof(SecureSocketOptions.None),
        ["Smtp:Sender"] = Sender,
        ["Smtp:SiteUrl"] = SiteUrl,
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_logs);

    /// <summary>The tests run the job themselves; Hangfire's own hourly run would mail in the middle of one.</summary>
    [OneTimeSetUp]
    public void NoScheduledRuns() => App.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(FlagReminders.JobId);

    [OneTimeTearDown]
    public void StopSmtp() => _smtp.Dispose();

    /// <summary>Every test starts before the job ever ran: no reminders, and no staff member chose a language.</summary>
    [SetUp]
    public async Task NoRemindersYet()
    {
        await using var db = App.NewDbContext();
        await db.Reminders.ExecuteDeleteAsync();
        await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.UiLanguage, (string?)null));
    }

    [Test]
    public async Task Each_clinician_gets_one_mail_with_their_count_and_the_inbox_link_and_no_patient_data_however_often_the_job_runs()
    {
        var before = _smtp.Messages.Count;

        await RunRemindersAsync();
        var mails = _smtp.Messages.Skip(before).ToList();
        await RunRemindersAsync();
        var expected = await StandingRemindersByAddressAsync();
        var forbidden = await PatientTextsAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(expected, Has.Count.GreaterThan(1), "the demo data gives several clinicians reminders");
            Assert.That(mails.Select(m => m.Recipients.Single()), Is.EquivalentTo(expected.Keys));
            foreach (var mail in mails)
            {
                var count = expected[mail.Recipients.Single()];
                var text = Text(mail);
                Assert.That(mail.From, Is.EqualTo(Sender));
                Assert.That(text, Does.Contain($"You have {count} new reminder").And.Contain($"Du har {count} ny"));
                Assert.That(text, Does.Contain($"{SiteUrl}/Flags/Inbox"));
                Assert.That(forbidden.Where(f => text.Contains(f, StringComparison.OrdinalIgnoreCase) || mail.Data.Contains(f, StringComparison.OrdinalIgnoreCase)),
                    Is.Empty, "no patient data in the mail");
            }

            Assert.That(_smtp.Messages, Has.Count.EqualTo(before + mails.Count), "the second run mails nothing again");
            Assert.That(await UnmailedCountAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task A_clinician_who_chose_a_language_gets_the_mail_in_it_alone()
    {
        var addresses = await AddressesOfClinicalStaffAsync();
        await SetLanguageAsync(addresses[0], "en");
        await SetLanguageAsync(addresses[1], "nb");
        var before = _smtp.Messages.Count;

        await RunRemindersAsync();
        var mails = _smtp.Messages.Skip(before).ToDictionary(m => m.Recipients.Single(), Text);

        Assert.Multiple(() =>
        {
            Assert.That(mails[addresses[0]], Does.Contain("new reminder").And.Not.Contain("påminnelse"));
            Assert.That(mails[addresses[1]], Does.Contain("påminnelse").And.Not.Contain("new reminder"));
        });
    }

    [Test]
    public async Task Two_nodes_mailing_at_the_same_moment_send_each_clinician_one_mail()
    {
        await RunRemindersWithoutMailAsync();
        var before = _smtp.Messages.Count;

        await Task.WhenAll(SendMailAsync(), SendMailAsync());
        var recipients = _smtp.Messages.Skip(before).Select(m => m.Recipients.Single()).ToList();

        Assert.That(recipients, Is.EquivalentTo((await StandingRemindersByAddressAsync()).Keys));
        Assert.That(await UnmailedCountAsync(), Is.Zero);
    }

    [Test]
    public async Task A_mail_server_that_is_down_loses_no_reminder_and_the_next_run_mails_them()
    {
        var before = _smtp.Messages.Count;
        _smtp.Stop();
        try
        {
            await Assert.ThatAsync(RunRemindersAsync, Throws.Nothing);
            Assert.That(await UnmailedCountAsync(), Is.GreaterThan(0), "the reminders are in the inboxes, none marked mailed");
            Assert.That(await MailedCountAsync(), Is.Zero);
        }
        finally
        {
            _smtp.Listen();
        }

        await RunRemindersAsync();

        Assert.That(_smtp.Messages.Skip(before).Select(m => m.Recipients.Single()), Is.EquivalentTo((await StandingRemindersByAddressAsync()).Keys));
        Assert.That(await UnmailedCountAsync(), Is.Zero);
    }

    [Test]
    public async Task A_refused_recipient_holds_back_no_one_else_and_is_mailed_on_the_next_run_with_nothing_about_them_logged()
    {
        var refused = await FirstRecipientAsync();
        var before = _smtp.Messages.Count;
        var logged = _logs.Entries.Count;
        _smtp.Refuse(refused);
        try
        {
            await RunRemindersAsync();
        }
        finally
        {
            _smtp.Accept(refused);
        }

        var first = _smtp.Messages.Skip(before).Select(m => m.Recipients.Single()).ToList();
        var unmailedAfterFirst = await UnmailedAddressesAsync();
        await RunRemindersAsync();
        var second = _smtp.Messages.Skip(before + first.Count).Select(m => m.Recipients.Single()).ToList();
        var expected = (await StandingRemindersByAddressAsync()).Keys;
        var warnings = _logs.Entries.Skip(logged).Where(e => e.StartsWith(typeof(ReminderMail).FullName!, StringComparison.Ordinal)).ToList();
        var forbidden = (await PatientTextsAsync()).Append(refused);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EquivalentTo(expected.Where(a => a != refused)), "everyone else was mailed");
            Assert.That(unmailedAfterFirst, Is.EquivalentTo(new[] { refused }), "the refused clinician's reminders stay unmailed");
            Assert.That(second, Is.EqualTo(new[] { refused }), "the next run mails them, and only them");
            Assert.That(warnings, Has.Count.EqualTo(1).And.One.Contains("SmtpCommandException").And.One.Contains("MailboxUnavailable"));
            Assert.That(warnings.Where(w => forbidden.Any(f => w.Contains(f, StringComparison.OrdinalIgnoreCase))), Is.Empty,
                "the log names neither the address nor a patient");
        });
    }

    [Test]
    public async Task Without_a_mail_server_host_nothing_is_sent_and_no_connection_is_made()
    {
        var connections = _smtp.Connections;
        var withoutHost = new SmtpOptions { Port = _smtp.Port, Security = SecureSocketOptions.None, Sender = Sender, SiteUrl = SiteUrl };

        using (var scope = App.Services.CreateScope())
        {
            var mail = ActivatorUtilities.CreateInstance<ReminderMail>(scope.ServiceProvider, Options.Create(withoutHost));
            await ActivatorUtilities.CreateInstance<FlagReminders>(scope.ServiceProvider, mail).RunAsync(CancellationToken.None);
        }

        Assert.That(_smtp.Connections, Is.EqualTo(connections));
        Assert.That(await UnmailedCountAsync(), Is.GreaterThan(0));
        Assert.That(await MailedCountAsync(), Is.Zero);
    }

    private async Task RunRemindersAsync()
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FlagReminders>().RunAsync(CancellationToken.None);
    }

    private async Task RunRemindersWithoutMailAsync()
    {
        using var scope = App.Services.CreateScope();
        var mail = ActivatorUtilities.CreateInstance<ReminderMail>(scope.ServiceProvider, Options.Create(new SmtpOptions()));
        await ActivatorUtilities.CreateInstance<FlagReminders>(scope.ServiceProvider, mail).RunAsync(CancellationToken.None);
    }

    private async Task SendMailAsync()
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReminderMail>().SendNewAsync(CancellationToken.None);
    }

    private async Task<int> UnmailedCountAsync()
    {
        await using var db = App.NewDbContext();
        return await PendingReminders.Of(db).CountAsync(r => r.MailedAt == null);
    }

    private async Task<int> MailedCountAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Reminders.CountAsync(r => r.MailedAt != null);
    }

    /// <summary>The standing reminders per clinician's address; all of them new, as every test starts without reminders.</summary>
    private async Task<Dictionary<string, int>> StandingRemindersByAddressAsync()
    {
        await using var db = App.NewDbContext();
        var counts = (await PendingReminders.Of(db).Select(r => r.StaffUserId).ToListAsync())
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var staffIds = counts.Keys.ToList();
        var emails = await db.Users.Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email!);
        return counts.ToDictionary(c => emails[c.Key], c => c.Value);
    }

    /// <summary>Addresses of clinicians the job gives reminders, found by a run that mails nothing and then forgotten.</summary>
    private async Task<List<string>> AddressesOfClinicalStaffAsync()
    {
        await RunRemindersWithoutMailAsync();
        var addresses = (await StandingRemindersByAddressAsync()).Keys.Order(StringComparer.Ordinal).ToList();
        await NoRemindersYet();
        return addresses;
    }

    /// <summary>The clinician the job mails first (staff are mailed in the order of their ids), so that others come after.</summary>
    private async Task<string> FirstRecipientAsync()
    {
        var addresses = await AddressesOfClinicalStaffAsync();
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => addresses.Contains(u.Email!)).OrderBy(u => u.Id).Select(u => u.Email!).FirstAsync();
    }

    private async Task<List<string>> UnmailedAddressesAsync()
    {
        await using var db = App.NewDbContext();
        var staffIds = PendingReminders.Of(db).Where(r => r.MailedAt == null).Select(r => r.StaffUserId);
        return await db.Users.Where(u => staffIds.Contains(u.Id)).Select(u => u.Email!).ToListAsync();
    }

    private async Task SetLanguageAsync(string address, string language)
    {
        await using var db = App.NewDbContext();
        await db.Users.Where(u => u.Email == address).ExecuteUpdateAsync(s => s.SetProperty(u => u.UiLanguage, language));
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

    private static string Text(ReceivedMail mail)
    {
        var message = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(mail.Data)));
        return message.Subject + "\n" + message.TextBody;
    }
}
