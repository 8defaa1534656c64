using System.Security.Cryptography;
using AllianceTracker.Core.Organisation;

namespace AllianceTracker.Web.Features.Demo;

public sealed record DemoAccount(string Email, string DisplayName, string Role);

/// <summary>
/// The demonstration accounts, created only in demo mode (Demo:Enabled). Their password comes from
/// Demo:Password; when it is unset one is generated and printed once at start.
/// </summary>
public sealed class DemoAccounts
{
    public DemoAccounts(IConfiguration configuration)
    {
        Enabled = configuration.GetValue<bool>("Demo:Enabled");
        var configured = configuration["Demo:Password"];
        PasswordWasGenerated = string.IsNullOrWhiteSpace(configured);
        Password = PasswordWasGenerated ? GeneratePassword() : configured!;
    }

    public bool Enabled { get; }
    public string Password { get; }
    public bool PasswordWasGenerated { get; }

    public IReadOnlyList<DemoAccount> All { get; } =
    [
        new("therapist1@demo.example", "Therapist One (demo)", StaffRole.Therapist),
        new("therapist2@demo.example", "Therapist Two (demo)", StaffRole.Therapist),
        new("therapist3@demo.example", "Therapist Three (demo)", StaffRole.Therapist),
        new("therapist4@demo.example", "Therapist Four (demo)", StaffRole.Therapist),
        new("manager@demo.example", "Ward Manager (demo)", StaffRole.WardManager),
        new("admin@demo.example", "Administrator (demo)", StaffRole.Admin),
    ];

    public IEnumerable<DemoAccount> Therapists => All.Where(a => a.Role == StaffRole.Therapist);

    private static string GeneratePassword() =>
        "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
}
