using AllianceTracker.Reports.Pdf;

namespace AllianceTracker.Reports.Summaries;

/// <summary>Identifies one generated document: its id, its content hash (see <see cref="SummaryContentHash"/>), when and by whom.</summary>
public sealed record SummaryStamp(Guid DocumentId, string ContentSha256, DateTimeOffset GeneratedAt, string Author)
{
    public static SummaryStamp For(SummaryData data, Guid documentId, DateTimeOffset generatedAt, string author) =>
        new(documentId, SummaryContentHash.Compute(data), generatedAt, author);
}

/// <summary>Lays a composed summary out as PDF blocks, with the alias and period in the header and the stamp in the footer.</summary>
public static class SummaryPdf
{
    private const float ChartHeight = 240;
    private const float GapAfterGroup = 6;

    /// <summary>The patient's version is printed in large type: it is read by people who may be acutely unwell.</summary>
    public const float PatientTextScale = 1.3f;

    public static PdfDocumentSpec Build(SummaryView view, SummaryStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stamp);
        var texts = SummaryTexts.For(view.Language, view.Audience);

        var blocks = new List<PdfBlock> { new HeadingBlock(view.Title, 1), new ParagraphBlock(view.Intro) };
        foreach (var section in view.Sections)
        {
            blocks.Add(new HeadingBlock(section.Heading, 2));
            blocks.AddRange(section.Elements.SelectMany(Blocks));
        }

        return new PdfDocumentSpec(
            new PdfMetadata(view.Title, stamp.Author, texts.Format("subject", view.Header), stamp.GeneratedAt),
            new PdfPageFurniture(
                $"{view.Header} · {view.Title}",
                texts.Format("footer", stamp.DocumentId, SummaryContentHash.Printed(stamp.ContentSha256)),
                texts["page"]),
            blocks)
        {
            TextScale = view.Audience == Core.Summaries.SummaryAudience.Patient ? PatientTextScale : 1f,
        };
    }

    private static IEnumerable<PdfBlock> Blocks(SummaryElement element) => element switch
    {
        SummaryParagraph paragraph => [new ParagraphBlock(paragraph.Text)],
        SummaryFacts facts => FactBlocks(facts),
        SummaryTable table => [new TableBlock(
            [.. table.Columns.Select(c => new TableColumn(c.Header, c.Width))],
            table.Rows)],
        SummaryChart chart => [chart.ToChart().ToPdfBlock(ChartHeight)],
        _ => throw new NotSupportedException($"No PDF layout for {element.GetType().Name}."),
    };

    private static IEnumerable<PdfBlock> FactBlocks(SummaryFacts facts)
    {
        if (facts.Title is { } title)
        {
            yield return new HeadingBlock(title, 3);
        }

        yield return new KeyValueBlock([.. facts.Facts.Select(f => KeyValuePair.Create(f.Label, f.Value))]);
        yield return new SpacerBlock(GapAfterGroup);
    }
}
