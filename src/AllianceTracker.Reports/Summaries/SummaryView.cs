using AllianceTracker.Core.Summaries;
using AllianceTracker.Reports.Charts;

namespace AllianceTracker.Reports.Summaries;

/// <summary>
/// A composed summary in the reader's language, rendered both as an HTML page and as a PDF. Every string is plain
/// text, exactly as entered or worded: nothing is escaped or marked up here, so a Razor view encodes it as usual and
/// the PDF draws it literally.
/// </summary>
public sealed record SummaryView(
    string Language,
    SummaryAudience Audience,
    string Title,
    string Header,
    string Intro,
    IReadOnlyList<SummarySection> Sections);

/// <summary>A section; <see cref="Key"/> is stable across languages (e.g. "goals"), for anchors and tests.</summary>
public sealed record SummarySection(string Key, string Heading, IReadOnlyList<SummaryElement> Elements);

public abstract record SummaryElement;

public sealed record SummaryParagraph(string Text) : SummaryElement;

/// <summary>A group of labelled facts about one thing, e.g. one decision, with an optional title.</summary>
public sealed record SummaryFacts(string? Title, IReadOnlyList<SummaryFact> Facts) : SummaryElement;

/// <summary>One labelled value. <see cref="IsPatientsOwnWords"/> marks words quoted as the patient wrote or said them.</summary>
public sealed record SummaryFact(string Label, string Value, bool IsPatientsOwnWords = false);

public sealed record SummaryTable(IReadOnlyList<SummaryColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : SummaryElement;

/// <summary>A column and its share of the width.</summary>
public sealed record SummaryColumn(string Header, float Width);

/// <summary>The patient's and the therapist's series, by session number, drawn as two separate lines.</summary>
public sealed record SummaryChart(IReadOnlyList<SessionRating> Patient, IReadOnlyList<SessionRating> Therapist, AllianceChartLabels Labels) : SummaryElement
{
    public AllianceChart ToChart() => AllianceChart.BySession(Patient, Therapist, Labels);
}
