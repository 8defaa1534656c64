using System.Globalization;
using AllianceTracker.Reports.Pdf;

namespace AllianceTracker.Web.Features.AccessLog;

/// <summary>The access log as a PDF the patient can be given.</summary>
public static class AccessLogPdf
{
    public static PdfDocumentSpec Build(PatientAccessLog log, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(log);
        var title = $"Who has looked at the record – {log.PatientAlias}";
        var blocks = new List<PdfBlock>
        {
            new HeadingBlock(title),
            new ParagraphBlock(
                $"Every time someone opened, recorded, changed or exported this record, or tried to and was refused. " +
                $"Times are ward time ({log.TimeZoneId}). {log.Entries.Count} entries."),
            new TableBlock(
                [new TableColumn("When", 0.2f), new TableColumn("Who", 0.26f), new TableColumn("Role", 0.14f), new TableColumn("What", 0.26f), new TableColumn("Outcome", 0.14f)],
                [.. log.Entries.Select(e => (IReadOnlyList<string>)
                [
                    e.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Who, e.Role, e.What, e.OutcomeText,
                ])]),
        };
        return new PdfDocumentSpec(
            new PdfMetadata(title, "AllianceTracker", "Access log", generatedAt),
            new PdfPageFurniture($"Access log · {log.PatientAlias}", $"Generated {generatedAt:yyyy-MM-dd HH:mm} UTC", "page {0} of {1}"),
            blocks);
    }
}
