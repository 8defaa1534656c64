using System.Net;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Dashboard;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AllianceTracker.Web.Tests.Dashboard.DashboardFixture;

namespace AllianceTracker.Web.Tests.Dashboard;

/// <summary>
/// A ward of ten patients with one session each in the week of 2 March 2026: therapist2 is on the care teams of
/// patients 0-4 and a member of the ward; therapist3 is on the care teams of patients 0-5 and not a member.
/// </summary>
public class OwnFiguresApiTests(DatabaseProvider provider) : AppFixture(provider)
{
    private const string Member = "therapist2@demo.example";
    private const string NotAMember = "therapist3@demo.example";

    private Guid _ward;

    private string Url(Guid ward) => $"/api/v1/wards/{ward}/dashboard/mine?from={Week1:yyyy-MM-dd}&to={Week1.AddDays(6):yyyy-MM-dd}&bucket=week";

    [OneTimeSetUp]
    public async Task CreateWard()
    {
        await using var db = App.NewDbContext();
        var member = await db.Users.Where(u => u.Email == Member).Select(u => u.Id).SingleAsync();
        var other = await db.Users.Where(u => u.Email == NotAMember).Select(u => u.Id).SingleAsync();
        var form = await db.InstrumentVersions.FirstAsync(v => v.Rater == Rater.Patient);
        var ward = new Ward { InstitutionId = await db.Institutions.Select(i => i.Id).FirstAsync(), Name = "Own figures ward" };
        db.Wards.Add(ward);
        var longAgo = DateTimeOffset.UtcNow.AddYears(-2);
        db.WardMemberships.Add(new WardMembership { StaffUserId = member, WardId = ward.Id, From = longAgo });
        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        for (var i = 0; i < 10; i++)
        {
            var patient = new Patient { WardId = ward.Id, DisplayAlias = $"Own figures {i}", RegisteredAt = longAgo, RegisteredBy = member };
            db.Patients.Add(patient);
            AddSession(db, patient, ward, member, form, At(Week1, oslo), rated: true);
            if (i < 5)
            {
                db.CareTeamMemberships.Add(new CareTeamMembership { PatientId = patient.Id, StaffUserId = member, From = longAgo, AddedBy = member });
            }

            if (i < 6)
            {
                db.CareTeamMemberships.Add(new CareTeamMembership { PatientId = patient.Id, StaffUserId = other, From = longAgo, AddedBy = member });
            }
        }

        await db.SaveChangesAsync();
        await App.Services.GetRequiredService<AggregateRefresh>().RefreshAsync(CancellationToken.None);
        _ward = ward.Id;
    }

    [Test]
    public async Task A_member_sees_the_sessions_of_their_five_patients_beside_the_wards_ten()
    {
        using var client = await App.SignInAsync(Member);

        using var response = await client.GetAsync(Url(_ward));
        var view = await response.ReadAsync<OwnDashboardView>();
        var own = view.Own.Metrics.Single(m => m.Key == MetricCatalog.Sessions).Current;
        var ward = view.Ward.Metrics.Single(m => m.Key == MetricCatalog.Sessions).Current;

        Assert.Multiple(() =>
        {
            Assert.That((own.Value, own.N, own.Suppressed), Is.EqualTo(((double?)5, (int?)5, false)));
            Assert.That((ward.Value, ward.N, ward.Suppressed), Is.EqualTo(((double?)10, (int?)10, false)));
        });
    }

    [Test]
    public async Task A_therapist_who_is_not_a_member_of_the_ward_gets_404_and_the_page_does_not_offer_it()
    {
        using var client = await App.SignInAsync(NotAMember);

        using var response = await client.GetAsync(Url(_ward));
        var page = await client.GetStringAsync($"/Dashboard/Mine?ward={_ward}");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page, Does.Not.Contain("Own figures ward"));
        });
    }

    [Test]
    public async Task The_page_shows_the_members_figures_beside_the_wards()
    {
        using var client = await App.SignInAsync(Member);

        var page = await client.GetStringAsync($"/Dashboard/Mine?ward={_ward}&from={Week1:yyyy-MM-dd}&to={Week1.AddDays(6):yyyy-MM-dd}");

        Assert.That(page, Does.Contain("Own figures ward").And.Match(@"Sessions</a></th>\s*<td>[^<]*</td>\s*<td>5</td>\s*<td>10</td>"));
    }
}
