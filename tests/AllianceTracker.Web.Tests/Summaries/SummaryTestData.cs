using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Stays;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Summaries;

/// <summary>Finds demo patients by what the tests need of them, and adds the tests' own records.</summary>
internal static class SummaryTestData
{
    public const string Therapist = "therapist1@demo.example";
    public const string OtherTherapist = "therapist2@demo.example";
    public const string Manager = "manager@demo.example";

    public static async Task<Guid> UserIdAsync(this AllianceAppFactory app, string email)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A patient of the therapist's care team who was secluded (§4-3) or held with coercive means (§4-8).</summary>
    public static async Task<Guid> CoercedPatientOfAsync(this AllianceAppFactory app, string email)
    {
        var userId = await app.UserIdAsync(email);
        await using var db = app.NewDbContext();
        return await db.AutonomyDecisions
            .Where(d => db.CareTeamMemberships.Any(m => m.PatientId == d.PatientId && m.StaffUserId == userId))
            .Where(d => db.JurisdictionRules.Any(r => r.Id == d.RuleId && (r.Code == "NO-4-8" || r.Code == "NO-4-3")))
            .OrderBy(d => d.PatientId).Select(d => d.PatientId).FirstAsync();
    }

    public static async Task<Guid> PatientOutsideTeamOfAsync(this AllianceAppFactory app, string email)
    {
        var userId = await app.UserIdAsync(email);
        await using var db = app.NewDbContext();
        return await db.Patients
            .Where(p => !db.CareTeamMemberships.Any(m => m.PatientId == p.Id && m.StaffUserId == userId))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    public static async Task<Guid> AnyPatientOfAsync(this AllianceAppFactory app, string email)
    {
        var userId = await app.UserIdAsync(email);
        await using var db = app.NewDbContext();
        return await db.CareTeamMemberships.Where(m => m.StaffUserId == userId).OrderBy(m => m.PatientId).Select(m => m.PatientId).FirstAsync();
    }

    /// <summary>A session today with a patient rating whose own words are <paramref name="patientWants"/>.</summary>
    public static async Task AddPatientWordsAsync(this AllianceAppFactory app, Guid patientId, string therapistEmail, string patientWants)
    {
        var therapistId = await app.UserIdAsync(therapistEmail);
        await using var db = app.NewDbContext();
        var patient = await db.Patients.SingleAsync(p => p.Id == patientId);
        var form = await db.InstrumentVersions.Where(v => v.Rater == Rater.Patient).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var session = new ClinicalSession { PatientId = patientId, WardId = patient.WardId, TherapistId = therapistId };
        session.Start(new SessionDetails { Kind = SessionKind.IndividualConversation, StartsAt = now.AddMinutes(-30), DurationMinutes = 30 }, therapistId, now);
        db.Sessions.Add(session);
        db.Ratings.Add(new AllianceRating
        {
            SessionId = session.Id,
            PatientId = patientId,
            WardId = patient.WardId,
            Rater = Rater.Patient,
            InstrumentVersionId = form,
            Source = RatingSource.Tablet,
            SubmittedAt = now,
            PatientWants = patientWants,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A new patient of the ward whose only stay ended on <paramref name="dischargedOn"/> (noon, UTC).</summary>
    public static async Task<Guid> AddDischargedPatientAsync(this AllianceAppFactory app, Guid wardId, DateOnly dischargedOn, string therapistEmail)
    {
        var therapistId = await app.UserIdAsync(therapistEmail);
        await using var db = app.NewDbContext();
        var dischargedAt = new DateTimeOffset(dischargedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var patient = new Patient
        {
            WardId = wardId,
            DisplayAlias = $"Batch {Guid.NewGuid():N}"[..14],
            PreferredLanguage = "en",
            RegisteredAt = dischargedAt.AddDays(-20),
            RegisteredBy = therapistId,
            IsSynthetic = true,
        };
        db.Patients.Add(patient);
        db.CareTeamMemberships.Add(new CareTeamMembership { PatientId = patient.Id, StaffUserId = therapistId, From = patient.RegisteredAt, AddedBy = therapistId });
        db.Episodes.Add(new EpisodeOfCare
        {
            PatientId = patient.Id, WardId = wardId, AdmittedAt = patient.RegisteredAt, AdmittedBy = therapistId,
            DischargedAt = dischargedAt, DischargedBy = therapistId,
        });
        await db.SaveChangesAsync();
        return patient.Id;
    }
}
