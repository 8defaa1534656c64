using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Dashboard;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Dashboard;

/// <summary>
/// A ward of its own with hand-counted sessions (Oslo time), so the expected figures are known:
/// week of 2 March 2026 — six patients, one session each, four rated and two declined;
/// week of 9 March 2026 — two of them, one session each, both rated.
/// Its name starts with "=" and holds a comma and quotes, to exercise the CSV.
/// </summary>
public static class DashboardFixture
{
    public const string WardName = "=Fixture ward, \"dashboard\"";
    public static readonly DateOnly Week1 = new(2026, 3, 2);
    public static readonly DateOnly Week2 = new(2026, 3, 9);

    public static async Task<Guid> CreateWardAsync(AllianceAppFactory app)
    {
        await using var db = app.NewDbContext();
        var therapist = await db.Users.Where(u => u.Email == "therapist1@demo.example").Select(u => u.Id).SingleAsync();
        var form = await db.InstrumentVersions.FirstAsync(v => v.Rater == Rater.Patient);
        var ward = new Ward { InstitutionId = await db.Institutions.Select(i => i.Id).FirstAsync(), Name = WardName };
        db.Wards.Add(ward);

        var oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
        for (var i = 0; i < 6; i++)
        {
            var patient = new Patient { WardId = ward.Id, DisplayAlias = $"Dashboard fixture {i}", RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = therapist };
            db.Patients.Add(patient);
            AddSession(db, patient, ward, therapist, form, At(Week1.AddDays(i % 5), oslo), rated: i < 4);
            if (i < 2)
            {
                AddSession(db, patient, ward, therapist, form, At(Week2, oslo), rated: true);
            }
        }

        await db.SaveChangesAsync();
        await app.Services.GetRequiredService<AggregateRefresh>().RefreshAsync(CancellationToken.None);
        return ward.Id;
    }

    public static DateTimeOffset At(DateOnly day, TimeZoneInfo zone)
    {
        // 23:30 ward time: a different day in UTC, so a UTC day would put it in the wrong bucket
        var local = day.ToDateTime(new TimeOnly(23, 30));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static void AddSession(
        AllianceDbContext db, Patient patient, Ward ward, Guid therapist, InstrumentVersion form, DateTimeOffset at, bool rated)
    {
        var session = new ClinicalSession { PatientId = patient.Id, WardId = ward.Id, TherapistId = therapist };
        session.Start(new SessionDetails { Kind = SessionKind.IndividualConversation, StartsAt = at, DurationMinutes = 45 }, therapist, at);
        db.Sessions.Add(session);
        if (rated)
        {
            db.Ratings.Add(new AllianceRating
            {
                SessionId = session.Id, PatientId = patient.Id, WardId = ward.Id, Rater = Rater.Patient, InstrumentVersionId = form.Id,
                Source = RatingSource.StaffEntry, SubmittedAt = DateTimeOffset.UtcNow, Scores = new RatingScores { Total100 = 70 },
            });
        }
        else
        {
            db.NonResponses.Add(new NonResponse
            {
                SessionId = session.Id, PatientId = patient.Id, WardId = ward.Id, Reason = NonResponseReason.Declined, RecordedAt = DateTimeOffset.UtcNow,
            });
        }
    }
}
