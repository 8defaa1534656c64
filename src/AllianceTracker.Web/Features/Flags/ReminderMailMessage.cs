using System.Globalization;
using System.Resources;
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
    private static readonly ResourceManager Texts = new(typeof(ReminderMailMessage));

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
        var culture = CultureInfo.GetCultureInfo(language);
        string Say(string one, string many) =>
            count == 1 ? Translate(one, culture) : string.Format(culture, Translate(many, culture), count);
        return (Say("1 new reminder", "{0} new reminders"),
            $"{Say("You have 1 new reminder in AllianceTracker.", "You have {0} new reminders in AllianceTracker.")}\n{Translate("Open your inbox:", culture)} {inbox}");
    }

    // ReminderMailMessage.resx is empty on purpose: the English text is the key, ReminderMailMessage.nb.resx holds the Bokmål
    private static string Translate(string english, CultureInfo culture) => Texts.GetString(english, culture) ?? english;
}
