using AllianceTracker.Web.Features.Flags;

namespace AllianceTracker.Web.Tests.Flags;

public class SmtpOptionsTests
{
    [Test]
    public void Without_a_host_nothing_is_checked_and_nothing_is_configured()
    {
        var options = new SmtpOptions { Port = 0, Sender = "not an address", TimeoutSeconds = 0 };

        Assert.Multiple(() =>
        {
            Assert.That(options.IsConfigured, Is.False);
            Assert.That(options.Problems(), Is.Empty);
        });
    }

    [Test]
    public void With_a_host_each_invalid_setting_is_named()
    {
        var options = new SmtpOptions { Host = "mail.hospital.example", Port = 70000, Sender = "not an address", SiteUrl = "ftp://alliance.example", TimeoutSeconds = 0 };

        Assert.That(options.Problems(), Is.EquivalentTo(new[]
        {
            "Smtp:Port must be between 1 and 65535.",
            "Smtp:Sender must be an e-mail address.",
            "Smtp:SiteUrl must be the absolute http(s) address of the service.",
            "Smtp:TimeoutSeconds must be at least 1.",
        }));
    }

    [Test]
    public void The_inbox_link_is_under_the_site_address_with_or_without_a_trailing_slash()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new SmtpOptions { SiteUrl = "https://alliance.example/ward" }.InboxUrl().ToString(), Is.EqualTo("https://alliance.example/ward/Flags/Inbox"));
            Assert.That(new SmtpOptions { SiteUrl = "https://alliance.example/" }.InboxUrl().ToString(), Is.EqualTo("https://alliance.example/Flags/Inbox"));
        });
    }
}
