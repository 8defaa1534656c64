using System.Net.Sockets;
using AllianceTracker.Data;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// Tells each clinician by e-mail how many new reminders wait in their inbox, with a link to it: one message per
/// clinician and run, with no patient data in it. Only when a mail server is configured. A reminder is marked mailed
/// once its message was accepted, so a failed send is tried again on the next run and a sent one is never repeated.
/// </summary>
public sealed class ReminderMail(AllianceDbContext db, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<ReminderMail> logger)
{
    public async Task SendNewAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            return;
        }

        var unmailed = await PendingReminders.Of(db).Where(r => r.MailedAt == null).ToListAsync(cancellationToken);
        if (unmailed.Count == 0)
        {
            return;
        }

        var staffIds = unmailed.Select(r => r.StaffUserId).Distinct().ToList();
        var addresses = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        try
        {
            using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            foreach (var group in unmailed.GroupBy(r => r.StaffUserId).Where(g => addresses.ContainsKey(g.Key)))
            {
                try
                {
                    await client.SendAsync(Message(smtp, addresses[group.Key], group.Count()), cancellationToken);
                }
                catch (SmtpCommandException exception)
                {
                    // one refused recipient must not hold back the others
                    LogFailure(exception);
                    continue;
                }

                var now = clock.GetUtcNow();
                foreach (var reminder in group)
                {
                    reminder.MailedAt = now;
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (IsSendFailure(exception))
        {
            LogFailure(exception);
        }
    }

    // A mail failure's message names the server or a staff address at most: the messages carry no patient data.
    private void LogFailure(Exception exception) =>
        logger.LogWarning("Reminder e-mail could not be sent ({Failure}: {Message}); unsent reminders are mailed on the next run.",
            exception.GetType().Name, exception.Message);

    private static bool IsSendFailure(Exception exception) =>
        exception is IOException or SocketException or TimeoutException
            or CommandException or ProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException;

    private static MimeMessage Message(SmtpOptions smtp, string recipient, int count)
    {
        var inbox = smtp.InboxUrl();
        var message = new MimeMessage { Subject = $"AllianceTracker: {count} nye påminnelser / {count} new reminders" };
        message.From.Add(MailboxAddress.Parse(smtp.Sender!));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                    Du har {count} nye påminnelser i innboksen din i AllianceTracker:
                    {inbox}

                    You have {count} new reminders in your AllianceTracker inbox:
                    {inbox}
                    """,
        };
        return message;
    }
}
