using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data;
using AllianceTracker.Reports.Summaries;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Summaries;

/// <summary>
/// Reads what a summary says about one patient and period: the current version of every amendable record, the
/// current (not superseded) rating of each rater per session, kept apart, and the legal rules from the rule table.
/// Times are given in the ward's offset and days are the ward's days. Callers check access to the patient first.
/// </summary>
public sealed class SummaryDataLoader(AllianceDbContext db, TimeProvider clock)
{
    /// <summary>The language of the clinical record, and of a patient version when the patient's own is not one we write.</summary>
    public const string DefaultLanguage = "nb";

    private const int DefaultDays = 90;

    public async Task<SummaryData> LoadAsync(Patient patient, SummaryQuery query, CancellationToken cancellationToken)
    {
        var time = WardTime.Of(await db.Wards.Where(w => w.Id == patient.WardId).Select(w => w.TimeZoneId).SingleAsync(cancellationToken));
        var period = query.Period ?? await DefaultPeriodAsync(patient.Id, time, cancellationToken);
        var language = query.Language ?? LanguageFor(patient, query.Audience);
        var (start, end) = time.Bounds(period.From, period.To);
        var records = new SummaryRecordReader(db, patient.Id, time, start, end);
        var (sessions, instrumentVersionIds) = await records.SessionsAsync(cancellationToken);
        var clinical = query.Audience == SummaryAudience.Clinical;

        return new SummaryData
        {
            PatientId = patient.Id,
            PatientAlias = patient.DisplayAlias,
            Language = language,
            PeriodFrom = period.From,
            PeriodTo = period.To,
            Audience = query.Audience,
            Goals = await records.GoalsAsync(cancellationToken),
            Decisions = await records.TreatmentDecisionsAsync(cancellationToken),
            AutonomyDecisions = await records.AutonomyDecisionsAsync(cancellationToken),
            RetainedAutonomy = await records.RetainedAutonomyAsync(cancellationToken),
            Sessions = sessions,
            Flags = clinical ? await records.FlagsAsync(cancellationToken) : [],
            RuptureEpisodes = clinical ? await records.RuptureEpisodesAsync(cancellationToken) : [],
            Instruments = await InstrumentsAsync(instrumentVersionIds, language, cancellationToken),
        };
    }

    /// <summary>The current stay up to today, or the last 90 days when the patient is not on the ward.</summary>
    private async Task<SummaryPeriod> DefaultPeriodAsync(Guid patientId, WardTime time, CancellationToken cancellationToken)
    {
        var today = time.Day(clock.GetUtcNow());
        var admissions = await db.Episodes.AsNoTracking()
            .Where(e => e.PatientId == patientId && e.DischargedAt == null)
            .Select(e => e.AdmittedAt).ToListAsync(cancellationToken);
        var admittedOn = admissions.Count == 0 ? (DateOnly?)null : time.Day(admissions.Max());
        return admittedOn is { } day && day <= today
            ? new SummaryPeriod(day, today)
            : new SummaryPeriod(today.AddDays(1 - DefaultDays), today);
    }

    private static string LanguageFor(Patient patient, SummaryAudience audience) =>
        audience == SummaryAudience.Patient && SummaryTexts.Languages.Contains(patient.PreferredLanguage)
            ? patient.PreferredLanguage
            : DefaultLanguage;

    private async Task<List<SummaryInstrument>> InstrumentsAsync(IReadOnlyCollection<Guid> versionIds, string language, CancellationToken cancellationToken)
    {
        // items and texts are read on their own: included together, every item came back once for every text
        var versions = await db.InstrumentVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken);
        var items = (await db.Set<InstrumentItem>().AsNoTracking().Where(i => versionIds.Contains(i.InstrumentVersionId))
            .ToListAsync(cancellationToken)).ToLookup(i => i.InstrumentVersionId);
        var texts = (await db.Set<InstrumentText>().AsNoTracking()
            .Where(t => versionIds.Contains(t.InstrumentVersionId) && (t.Language == language || t.Language == "en"))
            .ToListAsync(cancellationToken)).ToLookup(t => t.InstrumentVersionId);
        var instrumentIds = versions.Select(v => v.InstrumentId).Distinct().ToList();
        var instruments = await db.Instruments.AsNoTracking().Where(i => instrumentIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, cancellationToken);

        return versions
            .Select(v => new SummaryInstrument(instruments[v.InstrumentId].Code, instruments[v.InstrumentId].Name, v.Version, v.Rater)
            {
                LicenceNote = v.LicenceNote,
                Items = [.. items[v.Id].OrderBy(i => i.Order)
                    .Select(i => new SummaryInstrumentItem(i.Key, i.Subscale, i.ScaleMin, i.ScaleMax, Question(texts[v.Id], i, language)))],
            })
            .OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Version, StringComparer.Ordinal).ThenBy(i => i.Rater)
            .ToList();
    }

    /// <summary>The question in the summary's language, else in English, else the item key.</summary>
    private static string Question(IEnumerable<InstrumentText> versionTexts, InstrumentItem item, string language)
    {
        var key = PackTextKeys.Question(item.Key);
        var texts = versionTexts.Where(t => t.Key == key).ToList();
        return (texts.FirstOrDefault(t => t.Language == language) ?? texts.FirstOrDefault())?.Text ?? item.Key;
    }
}
