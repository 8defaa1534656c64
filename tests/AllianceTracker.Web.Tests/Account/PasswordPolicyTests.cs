using AllianceTracker.Data.Identity;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Account;

public class PasswordPolicyTests(DatabaseProvider provider) : AppFixture(provider)
{
    [TestCase("Password1234", "PasswordTooCommon")]
    [TestCase("QWERTY123456", "PasswordTooCommon")]
    [TestCase("1qaz2wsx3edc", "PasswordTooCommon")]
    [TestCase("short pass", "PasswordTooShort")]
    public async Task A_weak_password_is_refused_with_the_reason(string password, string expected)
    {
        var codes = await CreateWithPasswordAsync(password);

        Assert.That(codes, Does.Contain(expected));
    }

    [Test]
    public async Task A_password_longer_than_128_characters_is_refused()
    {
        var codes = await CreateWithPasswordAsync(new string('x', 120) + " and a few more words");

        Assert.That(codes, Does.Contain("PasswordTooLong"));
    }

    [TestCase("tre ord som ikke henger sammen")]
    [TestCase("lowercaseletterswithoutdigits")]
    public async Task A_long_passphrase_is_accepted_without_digits_capitals_or_symbols(string password)
    {
        var codes = await CreateWithPasswordAsync(password);

        Assert.That(codes, Is.Empty);
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused()
    {
        var email = await App.CreateAsync();
        using var client = App.CreateHttpsClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await client.PostSignInAsync(email, "not the right password")).Dispose();
        }

        using var response = await client.PostSignInAsync(email, StaffAccounts.Password);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
            Assert.That(page, Does.Contain("locked"));
        });
    }

    private async Task<string[]> CreateWithPasswordAsync(string password)
    {
        var codes = Array.Empty<string>();
        var email = $"policy-{Guid.NewGuid():N}@test.example";
        await App.ChangeAsync(email, async users =>
        {
            var result = await users.CreateAsync(new StaffUser { UserName = email, Email = email, DisplayName = "Policy test" }, password);
            codes = result.Errors.Select(e => e.Code).ToArray();
        });
        return codes;
    }
}
