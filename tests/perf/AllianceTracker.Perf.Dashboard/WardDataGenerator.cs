using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data.Identity;
using Npgsql;
using NpgsqlTypes;

namespace AllianceTracker.Perf.Dashboard;

public sealed record Generated(int Wards, int Sessions, int Ratings, int Facts, Guid TargetWard, (DateOnly From, DateOnly To) Year);

/// <summary>
/// Synthetic wards of <see cref="Beds"/> beds, full for one year with stays of <see cref="StayDays"/> days, one session a
/// day per patient, rated by the therapist always and by the patient mostly. More ratings mean more wards, as they
/// would in a larger organisation; the ward timed is always the first. Rows are written with PostgreSQL COPY; the
/// daily facts are made by <see cref="PatientFactBuilder"/>, as the refresh job makes them.
/// </summary>
public sealed class WardDataGenerator(string connectionString)
{
    private const int Beds = 20;
    private const int StayDays = 20;
    private const int DaysInYear = 364;
    private static readonly DateOnly FirstDay = new(2025, 1, 6);
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly WardFactSettings Settings = new(Oslo, 25, 48);

    private readonly Guid _therapist = Guid.NewGuid();
    private readonly Guid _patientForm = Guid.NewGuid();
    private readonly Guid _therapistForm = Guid.NewGuid();

    private static int SessionsPerWard => Beds * DaysInYear;

    public async Task<Generated> GenerateAsync(int ratings)
    {
        var ratingsPerWard = Stays(0).Sum(s => s.Days.Count(d => PatientRates(s, d)) + s.Days.Length);
        var wards = Math.Max(1, (int)Math.Round((double)ratings / ratingsPerWard));
        var wardIds = Enumerable.Range(0, wards).Select(w => Id(0, w, 0)).ToList();
        await ParentsAsync(wardIds);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await CopyAsync(connection, "Patients", ["Id", "WardId", "DisplayAlias", "PreferredLanguage", "RegisteredAt", "RegisteredBy", "IsSynthetic", "ConcurrencyStamp"],
            wards, (w, stay) => [[stay.Patient, wardIds[w], $"P{stay.Index}", "nb", Instant(stay.Admitted, 9), _therapist, true, Guid.NewGuid()]]);
        await CopyAsync(connection, "Episodes", ["Id", "PatientId", "WardId", "AdmittedAt", "DischargedAt", "AdmittedBy", "ConcurrencyStamp"],
            wards, (w, stay) => [[Id(2, w, stay.Index), stay.Patient, wardIds[w], Instant(stay.Admitted, 9), Instant(stay.Admitted.AddDays(StayDays), 11), _therapist, Guid.NewGuid()]]);
        var sessions = await CopyAsync(connection, "Sessions",
            ["Id", "WardId", "TherapistId", "Current_DurationMinutes", "Current_Kind", "Current_StartsAt", "PatientId", "CurrentVersion", "ConcurrencyStamp", "CreatedAt", "CreatedBy"],
            wards, (w, stay) => stay.Days.Select(d => new object?[]
            {
                SessionId(w, stay, d), wardIds[w], _therapist, 45, "IndividualConversation", Instant(d, 10), stay.Patient, 1, Guid.NewGuid(), Instant(d, 10), _therapist,
            }));
        var written = await CopyAsync(connection, "Ratings",
            ["Id", "SessionId", "PatientId", "WardId", "Rater", "InstrumentVersionId", "Source", "SubmittedAt", "RuptureReported", "Disclosure", "Scores_Total100"],
            wards, (w, stay) => stay.Days.SelectMany(d => RatingRows(w, wardIds[w], stay, d)));
        var facts = await CopyAsync(connection, "DailyPatientFacts", ["Id", "WardId", "Day", "PatientId", "Key", "Count", "Value"],
            wards, (w, stay) => PatientFactBuilder.Build(Input(w, wardIds[w], stay), _ => Settings)
                .Select(f => new object?[] { f.Id, f.WardId, f.Day, f.PatientId, f.Key, f.Count, f.Value }));

        await using (var analyse = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyse.ExecuteNonQueryAsync();
        }

        return new Generated(wards, sessions, written, facts, wardIds[0], (FirstDay, FirstDay.AddDays(DaysInYear - 1)));
    }

    private sealed record Stay(int Index, Guid Patient, DateOnly Admitted, DateOnly[] Days);

    /// <summary>Bed b holds consecutive stays, staggered by a day per bed so admissions spread over the days.</summary>
    private static IEnumerable<Stay> Stays(int ward)
    {
        var index = 0;
        for (var bed = 0; bed < Beds; bed++)
        {
            for (var start = -bed; start < DaysInYear; start += StayDays)
            {
                var days = Enumerable.Range(start, StayDays).Where(d => d is >= 0 and < DaysInYear).Select(d => FirstDay.AddDays(d)).ToArray();
                yield return new Stay(index, Id(1, ward, index), FirstDay.AddDays(start), days);
                index++;
            }
        }
    }

    private static bool PatientRates(Stay stay, DateOnly day) => (stay.Index + day.DayNumber) % 7 != 0;

    private static double Total(Stay stay, DateOnly day, Rater rater) =>
        40 + ((stay.Index * 7 + day.DayNumber) % 50) + (rater == Rater.Therapist ? (day.DayNumber % 3) * 12 : 0);

    private IEnumerable<object?[]> RatingRows(int ward, Guid wardId, Stay stay, DateOnly day)
    {
        var session = SessionId(ward, stay, day);
        yield return [Guid.NewGuid(), session, stay.Patient, wardId, "Therapist", _therapistForm, "StaffEntry", Instant(day, 11), "No", "Now", Total(stay, day, Rater.Therapist)];
        if (PatientRates(stay, day))
        {
            yield return [Guid.NewGuid(), session, stay.Patient, wardId, "Patient", _patientForm, "Tablet", Instant(day, 11), "No", "Now", Total(stay, day, Rater.Patient)];
        }
    }

    private static PatientFactInput Input(int ward, Guid wardId, Stay stay) => new()
    {
        PatientId = stay.Patient,
        HomeWardId = wardId,
        Sessions = [.. stay.Days.Select(d => new SessionFact(
            SessionId(ward, stay, d), wardId, Instant(d, 10), PatientRates(stay, d),
            PatientRates(stay, d) ? Total(stay, d, Rater.Patient) : null, Total(stay, d, Rater.Therapist), null,
            d.DayNumber % 11 == 0 ? FlagSeverity.Medium : d.DayNumber % 29 == 0 ? FlagSeverity.High : null))],
        AutonomyDecisions = stay.Index % 10 == 0 && stay.Days.Length > 2
            ? [new AutonomyFact(wardId, "NO-4-8", "a", Instant(stay.Days[1], 14), Instant(stay.Days[1], 16), true, stay.Index % 20 == 0, true, true, [Instant(stay.Days[2], 10)])]
            : [],
        Goals = [new GoalFact(Instant(stay.Admitted, 12), stay.Index % 3 != 0, stay.Index % 2 == 0 ? GoalAgreement.Agreed : GoalAgreement.NotYetDiscussed)],
    };

    private static Guid SessionId(int ward, Stay stay, DateOnly day) => Id(3, ward, (stay.Index * 32) + (day.DayNumber - stay.Admitted.DayNumber));

    private static Guid Id(short kind, int ward, int index) => new(index, (short)(ward & 0x7fff), kind, 0, 0, 0, 0, (byte)(ward >> 15), 0, 0, 1);

    private static DateTimeOffset Instant(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Oslo.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task ParentsAsync(List<Guid> wardIds)
    {
        await using var db = BenchmarkDatabase.Context(connectionString);
        var institution = new Institution { Name = "Benchmark hospital (synthetic)" };
        db.Institutions.Add(institution);
        db.Wards.AddRange(wardIds.Select((id, i) => new Ward { Id = id, InstitutionId = institution.Id, Name = $"Benchmark ward {i}" }));
        db.Users.Add(new StaffUser { Id = _therapist, DisplayName = "Benchmark therapist", UserName = "bench@example.org", Email = "bench@example.org" });
        var instrument = new Instrument { Code = "bench", Name = "Benchmark form" };
        db.Instruments.Add(instrument);
        db.InstrumentVersions.AddRange(
            new InstrumentVersion { Id = _patientForm, InstrumentId = instrument.Id, Version = "1", Rater = Rater.Patient, PackJson = "{}", ImportedAt = DateTimeOffset.UtcNow },
            new InstrumentVersion { Id = _therapistForm, InstrumentId = instrument.Id, Version = "1", Rater = Rater.Therapist, PackJson = "{}", ImportedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    private static async Task<int> CopyAsync(
        NpgsqlConnection connection, string table, string[] columns, int wards, Func<int, Stay, IEnumerable<object?[]>> rows)
    {
        var count = 0;
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        for (var ward = 0; ward < wards; ward++)
        {
            foreach (var stay in Stays(ward))
            {
                foreach (var row in rows(ward, stay))
                {
                    await importer.StartRowAsync();
                    foreach (var value in row)
                    {
                        await WriteAsync(importer, value);
                    }

                    count++;
                }
            }
        }

        await importer.CompleteAsync();
        return count;
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value) => value switch
    {
        null => importer.WriteNullAsync(),
        Guid g => importer.WriteAsync(g, NpgsqlDbType.Uuid),
        string s => importer.WriteAsync(s, NpgsqlDbType.Varchar),
        int i => importer.WriteAsync(i, NpgsqlDbType.Integer),
        double d => importer.WriteAsync(d, NpgsqlDbType.Double),
        bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean),
        DateTimeOffset t => importer.WriteAsync(t, NpgsqlDbType.TimestampTz),
        DateOnly day => importer.WriteAsync(day, NpgsqlDbType.Date),
        _ => throw new NotSupportedException(value.GetType().Name),
    };
}
