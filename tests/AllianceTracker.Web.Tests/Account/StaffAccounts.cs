using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Account;

/// <summary>Staff accounts of their own for tests that lock, disable or change them, so no demo account is touched.</summary>
public static class StaffAccounts
{
    public const string Password = "a long enough test passphrase";

    public static async Task<string> CreateAsync(this AllianceAppFactory app, string role = StaffRole.Therapist)
    {
        var email = $"staff-{Guid.NewGuid():N}@test.example";
        await ChangeAsync(app, email, async users =>
        {
            var user = new StaffUser { UserName = email, Email = email, DisplayName = "Test staff", EmailConfirmed = true };
            Assert.That((await users.CreateAsync(user, Password)).Succeeded, Is.True);
            Assert.That((await users.AddToRoleAsync(user, role)).Succeeded, Is.True);
        });
        return email;
    }

    /// <summary>Runs a change on the account through the application's own user manager.</summary>
    public static async Task ChangeAsync(this AllianceAppFactory app, string email, Func<StaffUserManager, Task> change)
    {
        using var scope = app.Services.CreateScope();
        await change((StaffUserManager)scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
    }

    public static async Task<StaffUser> FindAsync(this StaffUserManager users, string email) =>
        await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
}
