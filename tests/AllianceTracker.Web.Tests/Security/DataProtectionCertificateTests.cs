using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Security;

/// <summary>An application given a certificate for its Data Protection keys.</summary>
public class DataProtectionCertificateTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string CertificatePassword = "certificate password for tests";

    private readonly string _certificatePath = WriteCertificate();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:CertificatePath"] = _certificatePath,
        ["DataProtection:CertificatePassword"] = CertificatePassword,
    };

    [OneTimeTearDown]
    public void RemoveCertificate() => File.Delete(_certificatePath);

    [Test]
    public async Task The_keys_in_the_database_are_encrypted_with_the_certificate_and_still_sign_staff_in()
    {
        using var client = await App.SignInAsync("therapist1@demo.example");
        using var page = await client.GetAsync("/Patients");
        await using var db = App.NewDbContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(keys, Is.Not.Empty);
            Assert.That(keys, Is.All.Contain("EncryptedData").And.All.Not.Contain("<masterKey"));
        });
    }

    private static string WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=AllianceTracker Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"alliance-dp-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        return path;
    }
}
