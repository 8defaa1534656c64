namespace AllianceTracker.Reports.Pdf;

public interface IPdfRenderer
{
    byte[] Render(PdfDocumentSpec document);
}
