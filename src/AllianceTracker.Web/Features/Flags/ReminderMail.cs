using System.Net.Sockets;
using AllianceTracker.Data;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// Tells each clinician by e-mail how many new reminders wait in their inbox: one message per clinician and run, with
/// no patient data in it, and only when a mail server is configured. Each reminder is mailed at most once, however
/// many runs or nodes reach it; one the mail server did not take stays unmailed and is tried again on the next run.
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

        var recipients = await RecipientsAsync(cancellationToken);
        if (recipients.Count == 0)
        {
            return;
        }

        try
        {
            using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            foreach (var recipient in recipients)
            {
                await SendToAsync(client, smtp, recipient, cancellationToken);
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (IsConnectionFailure(exception))
        {
            LogFailure(exception, staffUserId: null);
        }
    }

    /// <summary>Active staff accounts with an address that have standing reminders not yet mailed.</summary>
    private Task<List<Recipient>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var staffWithUnmailed = PendingReminders.Of(db).Where(r => r.MailedAt == null).Select(r => r.StaffUserId);
        return db.Users.AsNoTracking()
            .Where(u => staffWithUnmailed.Contains(u.Id) && u.Email != null && !u.IsDisabled)
            .OrderBy(u => u.Id)
            .Select(u => new Recipient(u.Id, u.Email!, u.UiLanguage))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Marks the clinician's unmailed reminders mailed and sends the message in one transaction. A run on another node
    /// that reaches the same reminders waits for the commit and then finds nothing left to mail; a message the server
    /// refuses rolls the mark back, so the next run tries again.
    /// </summary>
    private Task SendToAsync(SmtpClient client, SmtpOptions smtp, Recipient recipient, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var count = await PendingReminders.Of(db).Where(r => r.StaffUserId == recipient.StaffUserId && r.MailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.MailedAt, now), cancellationToken);
            if (count == 0)
            {
                return;
            }

            try
            {
                await client.SendAsync(ReminderMailMessage.Create(smtp, recipient.Address, recipient.Language, count), cancellationToken);
            }
            catch (Exception exception) when (exception is SmtpCommandException or ParseException)
            {
                // one refused recipient (or an address that is no address) must not hold back the others
                LogFailure(exception, recipient.StaffUserId);
                return;
            }

            await transaction.CommitAsync(cancellationToken);
        });

    // Neither the server's reply nor the exception's message is logged: both may quote a staff address.
    private void LogFailure(Exception exception, Guid? staffUserId) =>
        logger.LogWarning(
            "Reminder e-mail not sent ({Failure}, SMTP status {Status}, staff user {StaffUserId}); the reminders stay in the inbox and are mailed on the next run.",
            exception.GetType().Name, (exception as SmtpCommandException)?.StatusCode.ToString() ?? "none", staffUserId?.ToString() ?? "all");

    private static bool IsConnectionFailure(Exception exception) =>
        exception is IOException or SocketException or TimeoutException
            or CommandException or ProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException;

    private sealed record Recipient(Guid StaffUserId, string Address, string? Language);
}
