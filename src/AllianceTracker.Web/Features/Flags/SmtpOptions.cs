using System.Diagnostics.CodeAnalysis;
using MailKit.Security;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>
/// The mail server for reminder e-mails (section "Smtp"). Without a host nothing is sent; the reminders are in the
/// inbox either way.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured: StartTls (default), SslOnConnect, StartTlsWhenAvailable, Auto or None.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>The From address, e.g. "AllianceTracker &lt;noreply@hospital.example&gt;".</summary>
    public string? Sender { get; set; }

    /// <summary>Sign-in name at the mail server; leave empty when the server takes mail without signing in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The address staff open the service at, e.g. "https://alliance.hospital.example"; the mail links to its inbox.</summary>
    public string? SiteUrl { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    [MemberNotNullWhen(true, nameof(Host))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>What is wrong with a configured server's settings, field by field; empty when nothing is configured.</summary>
    public IEnumerable<string> Problems()
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (Port is < 1 or > 65535)
        {
            yield return $"{Section}:Port must be between 1 and 65535.";
        }

        if (!MimeKit.MailboxAddress.TryParse(Sender, out _))
        {
            yield return $"{Section}:Sender must be an e-mail address.";
        }

        if (!Uri.TryCreate(SiteUrl, UriKind.Absolute, out var site) || (site.Scheme != Uri.UriSchemeHttps && site.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{Section}:SiteUrl must be the absolute http(s) address of the service.";
        }

        if (TimeoutSeconds < 1)
        {
            yield return $"{Section}:TimeoutSeconds must be at least 1.";
        }
    }

    public Uri InboxUrl() => new(new Uri(SiteUrl!.TrimEnd('/') + "/"), "Flags/Inbox");
}
