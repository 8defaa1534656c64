using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Reports.Summaries;

/// <summary>The tables only the clinical version carries.</summary>
internal sealed class ClinicalSections(SummaryData data, SummaryTexts texts, SummaryFormat format)
{
    public IEnumerable<SummarySection> All()
    {
        yield return Section("sessions", Table(
            [("col.date", 0.13f), ("col.kind", 0.22f), ("col.patient", 0.15f), ("col.therapist", 0.12f), ("col.gap", 0.12f), ("col.mainDecision", 0.26f)],
            data.Sessions.Select(SessionRow)));
        yield return Section("ratings", Table(
            [("col.date", 0.13f), ("col.rater", 0.13f), ("col.total", 0.09f), ("col.goal", 0.09f), ("col.task", 0.1f), ("col.bond", 0.1f), ("col.instrument", 0.22f), ("col.shared", 0.14f)],
            data.Sessions.SelectMany(RatingRows)));
        yield return Section("gaps", Gaps());
        yield return Section("acquiescence", [new SummaryParagraph(Acquiescence())]);
        yield return Section("flags", Table(
            [("col.raised", 0.13f), ("col.rule", 0.2f), ("col.severity", 0.11f), ("col.status", 0.13f), ("col.explanation", 0.43f)],
            data.Flags.Select(f => Row(
                format.Date(f.RaisedOn), f.RuleId, texts.Label(f.Severity), texts.Label(f.Status), texts.IsNorwegian ? f.ExplanationNb : f.ExplanationEn))));
        yield return Section("ruptures", Table(
            [("col.opened", 0.17f), ("col.rater", 0.15f), ("col.rule", 0.3f), ("col.status", 0.2f), ("col.closed", 0.18f)],
            data.RuptureEpisodes.Select(r => Row(
                format.Date(r.OpenedOn), texts.Label(r.Rater), r.OpenedByRuleId, texts.Label(r.Status), r.ClosedOn is { } closed ? format.Date(closed) : texts["dash"]))));
        yield return Section("instruments", Table(
            [("col.code", 0.25f), ("col.name", 0.25f), ("col.version", 0.12f), ("col.rater", 0.13f), ("col.licence", 0.25f)],
            data.Instruments.Select(i => Row(i.Code, i.Name, i.Version, texts.Label(i.Rater), i.LicenceNote ?? texts["dash"]))));
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    private SummarySection Section(string key, IReadOnlyList<SummaryElement> elements) => new(key, texts[$"section.{key}"], elements);

    /// <summary>A table, or a sentence saying there was nothing, so an empty section never looks like a rendering fault.</summary>
    private IReadOnlyList<SummaryElement> Table((string Key, float Width)[] columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        return list.Count == 0
            ? [new SummaryParagraph(texts["nothing"])]
            : [new SummaryTable([.. columns.Select(c => new SummaryColumn(texts[c.Key], c.Width))], list)];
    }

    private IReadOnlyList<string> SessionRow(SummarySession session)
    {
        var patient = session.Patient is { } rating
            ? format.Score(rating.Total)
            : session.PatientNonResponse is { } reason ? texts.Label(reason) : texts["dash"];
        var gap = session is { Patient.Total: { } p, Therapist.Total: { } t } ? format.Gap(p, t) : texts["dash"];
        var agreement = session.Patient?.MainDecisionAgreement is { } position ? texts.Label(position) : texts["dash"];
        return Row(format.Date(session.Date), texts.Label(session.Kind), patient, format.Score(session.Therapist?.Total), gap, agreement);
    }

    private IEnumerable<IReadOnlyList<string>> RatingRows(SummarySession session)
    {
        foreach (var (rater, rating) in new[] { (Rater.Patient, session.Patient), (Rater.Therapist, session.Therapist) })
        {
            if (rating is not null)
            {
                yield return Row(
                    format.Date(session.Date),
                    texts.Label(rater),
                    format.Score(rating.Total),
                    format.Score(rating.Goal),
                    format.Score(rating.Task),
                    format.Score(rating.Bond),
                    $"{rating.InstrumentCode} {rating.InstrumentVersion}",
                    texts[rating.Disclosure == Disclosure.InSharedSummaryOnly ? "shared.summary" : "shared.now"]);
            }
        }
    }

    private IReadOnlyList<SummaryElement> Gaps()
    {
        var paired = data.Sessions
            .Where(s => s is { Patient.Total: not null, Therapist.Total: not null })
            .Select(s => (s.Date, Patient: s.Patient!.Total!.Value, Therapist: s.Therapist!.Total!.Value))
            .ToList();
        if (paired.Count == 0)
        {
            return [new SummaryParagraph(texts["nothing"])];
        }

        var higher = paired.Count(p => p.Therapist > p.Patient);
        var largest = paired.Max(p => Math.Abs(p.Therapist - p.Patient));
        return
        [
            new SummaryParagraph(texts.Format("gaps.explain", higher, paired.Count, format.Score(largest))),
            new SummaryTable(
                [new(texts["col.date"], 0.25f), new(texts["col.patient"], 0.25f), new(texts["col.therapist"], 0.25f), new(texts["col.gap"], 0.25f)],
                [.. paired.Select(p => Row(format.Date(p.Date), format.Score(p.Patient), format.Score(p.Therapist), format.Gap(p.Patient, p.Therapist)))]),
        ];
    }

    private string Acquiescence()
    {
        var withDecision = data.Sessions
            .Select(s => s.Patient?.MainDecisionAgreement)
            .Where(a => a is not null and not AgreementPosition.NoDecisionToday)
            .ToList();
        return texts.Format(
            "acquiescence.explain",
            withDecision.Count(a => a == AgreementPosition.AcceptsButDoesNotAgree),
            withDecision.Count,
            data.Decisions.Count(d => d.PatientPosition == AgreementPosition.AcceptsButDoesNotAgree),
            data.Decisions.Count,
            data.Goals.Count(g => g.Agreement == GoalAgreement.AcceptsButDoesNotAgree),
            data.Goals.Count);
    }
}
