using AllianceTracker.Core.Summaries;

namespace AllianceTracker.Reports.Summaries;

/// <summary>
/// Composes the localised sections of a summary from its data. Both versions share the sections the patient reads;
/// the clinical version adds the tables behind them.
/// </summary>
public static class SummaryComposer
{
    public static SummaryView Compose(SummaryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var texts = SummaryTexts.For(data.Language, data.Audience);
        var format = new SummaryFormat(texts);
        var from = format.Date(data.PeriodFrom);
        var to = format.Date(data.PeriodTo);

        var sections = new SharedSections(data, texts, format).All().ToList();
        if (data.Audience == SummaryAudience.Clinical)
        {
            sections.AddRange(new ClinicalSections(data, texts, format).All());
        }

        return new SummaryView(
            data.Language,
            data.Audience,
            texts["title"],
            $"{data.PatientAlias} · {from} – {to}",
            texts.Format("intro", from, to, data.PatientAlias),
            sections);
    }
}
