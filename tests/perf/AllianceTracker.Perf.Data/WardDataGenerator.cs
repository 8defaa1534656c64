using System.Diagnostics;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data.Identity;
using AllianceTracker.Data.Providers;
using AllianceTracker.Data.Seed;

namespace AllianceTracker.Perf.Data;

public sealed record Generated(
    int Wards, int Patients, int Sessions, int Ratings, int Ruptures, int CoerciveMeasures, int Facts,
    Guid TargetWard, (DateOnly From, DateOnly To) Year);

/// <summary>
/// Synthetic wards of <see cref="Beds"/> beds, full for one year with stays of <see cref="StayDays"/> days and one
/// session a day per patient, rated by the therapist always and by the patient mostly; each stay follows its
/// <see cref="StayStory"/> (ruptures and repairs, rater gaps, coercive measures with and without follow-up). More
/// ratings mean more wards, as they would in a larger organisation; the first ward is the one benchmarks look at.
/// Every name says it is synthetic and every patient is marked so. The daily facts are made by
/// <see cref="PatientFactBuilder"/>, as the refresh job makes them.
/// </summary>
public sealed class WardDataGenerator(BenchmarkDatabase database)
{
    private const int Beds = 20;
    private const int StayDays = 20;
    private const int DaysInYear = 364;
    private const int ItemMax = 10;
    private const double RawMax = 3 * ItemMax;
    private static readonly DateOnly FirstDay = new(2025, 1, 6);
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly WardFactSettings Settings = new(Oslo, 25, 48);

    private readonly Guid _therapist = Guid.NewGuid();
    private readonly Guid _patientForm = Guid.NewGuid();
    private readonly Guid _therapistForm = Guid.NewGuid();

    /// <summary>The number of wards that hold about the ratings asked for: a ward-year holds about 13,700.</summary>
    public static int WardsFor(int ratings)
    {
        var perWard = Stays(0).Sum(s => s.Days.Length + Enumerable.Range(0, s.Days.Length).Count(s.Story.PatientRates));
        return Math.Max(1, (int)Math.Round((double)ratings / perWard));
    }

    public async Task<Generated> GenerateAsync(int ratings)
    {
        var wards = WardsFor(ratings);
        var wardIds = Enumerable.Range(0, wards).Select(w => Id(0, w, 0)).ToList();
        await ParentsAsync(wardIds);
        var deferred = database.Provider == DatabaseProvider.Postgres ? await DeferredIndexes.DropAsync(database.ConnectionString) : null;

        await using var writer = await BulkWriter.OpenAsync(database.Provider, database.ConnectionString);
        var patients = await writer.WriteAsync("Patients",
            ["Id", "WardId", "DisplayAlias", "PreferredLanguage", "RegisteredAt", "RegisteredBy", "IsSynthetic", "ConcurrencyStamp"],
            Rows(wards, (w, stay) => [[stay.Patient, wardIds[w], $"Synthetic {w}-{stay.Index}", "nb", Instant(stay.Admitted, 9), _therapist, true, Guid.NewGuid()]]));
        await writer.WriteAsync("Episodes", ["Id", "PatientId", "WardId", "AdmittedAt", "DischargedAt", "AdmittedBy", "ConcurrencyStamp"],
            Rows(wards, (w, stay) => [[Id(2, w, stay.Index), stay.Patient, wardIds[w], Instant(stay.Admitted, 9), Instant(stay.Admitted.AddDays(StayDays), 11), _therapist, Guid.NewGuid()]]));
        var sessions = await writer.WriteAsync("Sessions",
            ["Id", "WardId", "TherapistId", "Current_DurationMinutes", "Current_Kind", "Current_StartsAt", "PatientId", "CurrentVersion", "ConcurrencyStamp", "CreatedAt", "CreatedBy"],
            Rows(wards, (w, stay) => stay.Days.Select(d => new object?[]
            {
                SessionId(w, stay, d), wardIds[w], _therapist, 45, "IndividualConversation", Instant(d, 10), stay.Patient, 1, Guid.NewGuid(), Instant(d, 10), _therapist,
            })));
        var written = await writer.WriteAsync("Ratings",
            ["Id", "SessionId", "PatientId", "WardId", "Rater", "InstrumentVersionId", "Source", "SubmittedAt", "RuptureReported", "RuptureTalkedThrough", "Disclosure",
             "Scores_TotalRaw", "Scores_Total100", "Scores_GoalRaw", "Scores_TaskRaw", "Scores_BondRaw"],
            Rows(wards, (w, stay) => stay.Days.SelectMany((_, session) => RatingRows(w, wardIds[w], stay, session))));
        var ruptures = await writer.WriteAsync("RuptureEpisodes",
            ["Id", "PatientId", "WardId", "Rater", "OpenedBySessionId", "OpenedAt", "OpenedByRuleId", "BaselineMean", "BaselineSd", "RuleSetVersion", "Status", "ClosedBySessionId", "ClosedAt", "ConcurrencyStamp"],
            Rows(wards, (w, stay) => RuptureRows(w, wardIds[w], stay)));
        var coercive = await writer.WriteAsync("AutonomyDecisions",
            ["Id", "PatientId", "WardId", "RuleId", "CurrentVersion", "ConcurrencyStamp", "CreatedAt", "CreatedBy", "Current_MeansCode", "Current_ResponsibleClinicianId",
             "Current_DecidedAt", "Current_StartsAt", "Current_EndsAt", "Current_PatientView", "Current_PatientConsented", "Current_PatientInformedOfComplaintRight"],
            Rows(wards, (w, stay) => CoercionRows(w, wardIds[w], stay)));
        await writer.WriteAsync("FollowUpConversations", ["Id", "DecisionId", "OfferedAt", "HeldAt", "DeclinedByPatient", "RecordedAt", "RecordedBy"],
            Rows(wards, FollowUpRows));
        var facts = await writer.WriteAsync("DailyPatientFacts", ["Id", "WardId", "Day", "PatientId", "Key", "Count", "Value"],
            Rows(wards, (w, stay) => PatientFactBuilder.Build(Input(w, wardIds[w], stay), _ => Settings)
                .Select(f => new object?[] { f.Id, f.WardId, f.Day, f.PatientId, f.Key, f.Count, f.Value })));
        if (deferred is not null)
        {
            var rebuild = Stopwatch.StartNew();
            await deferred.RestoreAsync();
            Console.WriteLine($"rebuilt {deferred.Indexes} indexes and {deferred.ForeignKeys} foreign keys after the load in {rebuild.Elapsed.TotalSeconds:F1} s");
        }

        await writer.AnalyseAsync();

        return new Generated(wards, patients, sessions, written, ruptures, coercive, facts, wardIds[0], (FirstDay, FirstDay.AddDays(DaysInYear - 1)));
    }

    private sealed record Stay(int Index, Guid Patient, DateOnly Admitted, DateOnly[] Days, StayStory Story);

    /// <summary>Bed b holds consecutive stays, staggered by a day per bed so admissions spread over the days.</summary>
    private static IEnumerable<Stay> Stays(int ward)
    {
        var index = 0;
        for (var bed = 0; bed < Beds; bed++)
        {
            for (var start = -bed; start < DaysInYear; start += StayDays)
            {
                var days = Enumerable.Range(start, StayDays).Where(d => d is >= 0 and < DaysInYear).Select(d => FirstDay.AddDays(d)).ToArray();
                yield return new Stay(index, Id(1, ward, index), FirstDay.AddDays(start), days, new StayStory((ward * 7919) + index, days.Length));
                index++;
            }
        }
    }

    private static IEnumerable<object?[]> Rows(int wards, Func<int, Stay, IEnumerable<object?[]>> rows) =>
        Enumerable.Range(0, wards).SelectMany(w => Stays(w).SelectMany(stay => rows(w, stay)));

    private IEnumerable<object?[]> RatingRows(int ward, Guid wardId, Stay stay, int session)
    {
        var id = SessionId(ward, stay, stay.Days[session]);
        var at = Instant(stay.Days[session], 11);
        var story = stay.Story;
        yield return Rating(id, stay, wardId, Rater.Therapist, _therapistForm, RatingSource.StaffEntry, at, RuptureAnswer.No, null, story.TherapistTotal100(session));
        if (story.PatientRates(session))
        {
            yield return Rating(id, stay, wardId, Rater.Patient, _patientForm, RatingSource.Tablet, at,
                story.RuptureReported(session), story.TalkedThrough(session), story.PatientTotal100(session));
        }
    }

    private static object?[] Rating(
        Guid session, Stay stay, Guid wardId, Rater rater, Guid form, RatingSource source, DateTimeOffset at, RuptureAnswer rupture, bool? talkedThrough, double total100)
    {
        var raw = Math.Round(total100 / 100 * RawMax);
        return [Guid.NewGuid(), session, stay.Patient, wardId, rater.ToString(), form, source.ToString(), at, rupture.ToString(), talkedThrough, "Now",
                raw, raw / RawMax * 100, raw / 3, raw / 3, raw / 3];
    }

    private static IEnumerable<object?[]> RuptureRows(int ward, Guid wardId, Stay stay)
    {
        if (stay.Story.RuptureAt is not { } at)
        {
            yield break;
        }

        var repaired = stay.Story.Repaired;
        var closedOn = stay.Days[at + 2];
        yield return
        [
            Id(4, ward, stay.Index), stay.Patient, wardId, "Patient", SessionId(ward, stay, stay.Days[at]), Instant(stay.Days[at], 11), RuleIds.DropFromBaseline,
            stay.Story.PatientTotal100(0), 3.0, 1, (repaired ? RuptureStatus.Repaired : RuptureStatus.Open).ToString(),
            repaired ? SessionId(ward, stay, closedOn) : null, repaired ? Instant(closedOn, 11) : null, Guid.NewGuid(),
        ];
    }

    private IEnumerable<object?[]> CoercionRows(int ward, Guid wardId, Stay stay)
    {
        if (!stay.Story.Coerced)
        {
            yield break;
        }

        var day = stay.Days[1];
        yield return
        [
            Id(5, ward, stay.Index), stay.Patient, wardId, NorwegianMentalHealthCareAct.CoerciveMeans, 1, Guid.NewGuid(), Instant(day, 14), _therapist, "a", _therapist,
            Instant(day, 14), Instant(day, 14), Instant(day, 16), stay.Story.FollowedUp ? "Synthetic: the patient said they wanted to be left alone." : null,
            false, stay.Index % 3 != 0,
        ];
    }

    private IEnumerable<object?[]> FollowUpRows(int ward, Stay stay)
    {
        if (stay.Story.Coerced && stay.Story.FollowedUp)
        {
            var held = Instant(stay.Days[2], 10);
            yield return [Id(6, ward, stay.Index), Id(5, ward, stay.Index), held, held, false, held, _therapist];
        }
    }

    private static PatientFactInput Input(int ward, Guid wardId, Stay stay)
    {
        var story = stay.Story;
        return new PatientFactInput
        {
            PatientId = stay.Patient,
            HomeWardId = wardId,
            Sessions = [.. stay.Days.Select((d, session) => new SessionFact(
                SessionId(ward, stay, d), wardId, Instant(d, 10), story.PatientRates(session),
                story.PatientRates(session) ? story.PatientTotal100(session) : null, story.TherapistTotal100(session), null,
                session == story.RuptureAt ? FlagSeverity.High : null))],
            ClosedRuptures = story.RuptureAt is { } at && story.Repaired ? [new RuptureClosure(wardId, Instant(stay.Days[at + 2], 11), RuptureStatus.Repaired)] : [],
            AutonomyDecisions = story.Coerced
                ? [new AutonomyFact(wardId, "NO-4-8", "a", Instant(stay.Days[1], 14), Instant(stay.Days[1], 16), true, story.FollowedUp, stay.Index % 3 != 0, true,
                    story.FollowedUp ? [Instant(stay.Days[2], 10)] : [])]
                : [],
            Goals = [new GoalFact(Instant(stay.Admitted, 12), stay.Index % 3 != 0, stay.Index % 2 == 0 ? GoalAgreement.Agreed : GoalAgreement.NotYetDiscussed)],
        };
    }

    private static Guid SessionId(int ward, Stay stay, DateOnly day) => Id(3, ward, (stay.Index * 32) + (day.DayNumber - stay.Admitted.DayNumber));

    private static Guid Id(short kind, int ward, int index) => new(index, (short)(ward & 0x7fff), kind, 0, 0, 0, 0, (byte)(ward >> 15), 0, 0, 1);

    private static DateTimeOffset Instant(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Oslo.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task ParentsAsync(List<Guid> wardIds)
    {
        await using var db = database.Context();
        var institution = new Institution { Name = "Benchmark hospital (synthetic)" };
        db.Institutions.Add(institution);
        db.Wards.AddRange(wardIds.Select((id, i) => new Ward { Id = id, InstitutionId = institution.Id, Name = $"Synthetic ward {i}" }));
        db.Users.Add(new StaffUser { Id = _therapist, DisplayName = "Synthetic therapist", UserName = "synthetic@example.org", Email = "synthetic@example.org" });
        var instrument = new Instrument { Code = "synthetic", Name = "Synthetic form" };
        db.Instruments.Add(instrument);
        db.InstrumentVersions.AddRange(Form(_patientForm, instrument, Rater.Patient), Form(_therapistForm, instrument, Rater.Therapist));
        await db.SaveChangesAsync();
    }

    private static InstrumentVersion Form(Guid id, Instrument instrument, Rater rater) => new()
    {
        Id = id,
        InstrumentId = instrument.Id,
        Version = "1",
        Rater = rater,
        PackJson = "{}",
        NormativeSd = 5,
        ImportedAt = DateTimeOffset.UtcNow,
        Items =
        [
            new InstrumentItem { Key = "goal", Order = 1, Subscale = Subscale.Goal, ScaleMin = 0, ScaleMax = ItemMax },
            new InstrumentItem { Key = "task", Order = 2, Subscale = Subscale.Task, ScaleMin = 0, ScaleMax = ItemMax },
            new InstrumentItem { Key = "bond", Order = 3, Subscale = Subscale.Bond, ScaleMin = 0, ScaleMax = ItemMax },
        ],
    };
}
