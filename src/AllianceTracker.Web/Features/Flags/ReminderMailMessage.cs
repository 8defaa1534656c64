using AllianceTracker.Web.Infrastructure.Localization;
using MimeKit;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// The reminder e-mail to one clinician: how many new reminders wait and the link to the inbox, nothing else, so that
/// no patient data leaves the service by mail. Written in the clinician's chosen language, or in Bokmål and English
/// while they never chose one.
/// </summary>
public static class ReminderMailMessage
{
    public static MimeMessage Create(SmtpOptions smtp, string recipient, string? language, int count)
    {
        var inbox = smtp.InboxUrl();
        var texts = language is UiCultures.Bokmal or UiCultures.English
            ? [Text(language, count, inbox)]
            : new[] { Text(UiCultures.Bokmal, count, inbox), Text(UiCultures.English, count, inbox) };
        var message = new MimeMessage { Subject = "AllianceTracker: " + string.Join(" / ", texts.Select(t => t.Subject)) };
        message.From.Add(MailboxAddress.Parse(smtp.Sender!));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Body = new TextPart("plain") { Text = string.Join("\n\n", texts.Select(t => t.Body)) };
        return message;
    }

    private static (string Subject, string Body) Text(string language, int count, Uri inbox)
    {
        var (subject, sentence, open) = language == UiCultures.English
            ? (count == 1 ? "1 new reminder" : $"{count} new reminders",
                count == 1 ? "You have 1 new reminder in AllianceTracker." : $"You have {count} new reminders in AllianceTracker.",
                "Open your inbox:")
            : (count == 1 ? "1 ny påminnelse" : $"{count} nye påminnelser",
                count == 1 ? "Du har 1 ny påminnelse i AllianceTracker." : $"Du har {count} nye påminnelser i AllianceTracker.",
                "Åpne innboksen din:");
        return (subject, $"{sentence}\n{open} {inbox}");
    }
}
