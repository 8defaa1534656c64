using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Data.Identity;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Demo;

/// <summary>
/// Fills an empty database with synthetic demonstration data: one institution, two wards, four
/// therapists, a ward manager, an administrator and fourteen patients whose stories include
/// ruptures, repairs, rater gaps, acquiescent decisions and coercive measures with and without
/// follow-up. Nothing in it describes a real person.
/// </summary>
public sealed class DemoDataSeeder(
    AllianceDbContext db,
    UserManager<StaffUser> users,
    DemoAccounts accounts,
    FlagRecomputer flags,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger) : IStartupTask
{
    public const int PatientCount = 14;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await EnsureStaffAsync();
        if (await db.Institutions.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var institution = new Institution { Name = "Demo Hospital (synthetic data)" };
        var wards = new[]
        {
            new Ward { InstitutionId = institution.Id, Name = "Ward A – acute (demo)" },
            new Ward { InstitutionId = institution.Id, Name = "Ward B – long stay (demo)" },
        };
        db.Institutions.Add(institution);
        db.Wards.AddRange(wards);

        var staff = await StaffIdsAsync();
        foreach (var id in staff.Values)
        {
            db.WardMemberships.AddRange(wards.Select(w => new WardMembership { StaffUserId = id, WardId = w.Id, From = now.AddYears(-1) }));
        }

        var forms = await db.Instruments
            .Where(i => i.Code == BuiltInInstruments.BordinAllianceCheckCode)
            .SelectMany(i => i.Versions)
            .Include(v => v.Items)
            .ToListAsync(cancellationToken);
        var patientForm = forms.Single(v => v.Rater == Rater.Patient);
        var therapistForm = forms.Single(v => v.Rater == Rater.Therapist);
        var therapists = accounts.Therapists.Select(a => staff[a.Email]).ToList();

        for (var i = 0; i < PatientCount; i++)
        {
            var story = new DemoPatientStory(i, wards[i % 2].Id, therapists, patientForm, therapistForm, now);
            story.AddTo(db);
        }

        await db.SaveChangesAsync(cancellationToken);
        var patients = await db.Patients.Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var patientId in patients)
        {
            await flags.RecomputeAsync(patientId, cancellationToken);
        }

        logger.LogInformation("Demo data created: {Patients} synthetic patients on {Wards} wards.", PatientCount, wards.Length);
    }

    private async Task EnsureStaffAsync()
    {
        foreach (var account in accounts.All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new StaffUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    CreatedAt = clock.GetUtcNow(),
                };
                Require(await users.CreateAsync(user, accounts.Password), account.Email);
                Require(await users.AddToRoleAsync(user, account.Role), account.Email);
            }
            else
            {
                // the password follows Demo:Password, which may change between runs
                var token = await users.GeneratePasswordResetTokenAsync(user);
                Require(await users.ResetPasswordAsync(user, token, accounts.Password), account.Email);
            }
        }

        if (accounts.PasswordWasGenerated)
        {
            logger.LogWarning("Demo mode: the demo accounts' password for this run is {DemoPassword} (set Demo:Password to choose one).", accounts.Password);
        }
    }

    private async Task<Dictionary<string, Guid>> StaffIdsAsync()
    {
        var emails = accounts.All.Select(a => a.Email).ToList();
        return await db.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id);
    }

    private static void Require(IdentityResult result, string account)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The demo account {account} could not be set up: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
