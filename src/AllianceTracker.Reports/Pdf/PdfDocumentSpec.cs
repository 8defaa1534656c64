namespace AllianceTracker.Reports.Pdf;

/// <summary>A whole document: what it says about itself, what every page carries, and its content.</summary>
public sealed record PdfDocumentSpec(PdfMetadata Metadata, PdfPageFurniture Furniture, IReadOnlyList<PdfBlock> Blocks)
{
    public PdfPageSetup Page { get; init; } = PdfPageSetup.A4;

    /// <summary>Multiplies every text size; large type (e.g. 1.3) for readers who need it.</summary>
    public float TextScale { get; init; } = 1f;
}

/// <summary>Written into the PDF's document information. <see cref="Created"/> comes from the caller's clock.</summary>
public sealed record PdfMetadata(string Title, string Author, string Subject, DateTimeOffset Created)
{
    /// <summary>Asks SkiaSharp to write the document as PDF/A-2b (XMP identification and an sRGB output intent).</summary>
    public bool PdfA { get; init; } = true;
}

/// <summary>
/// Header and footer text on every page. <see cref="PageNumberFormat"/> is a composite format in the reader's
/// language where {0} is the page and {1} the page count, e.g. "page {0} of {1}" or "side {0} av {1}".
/// </summary>
public sealed record PdfPageFurniture(string HeaderText, string FooterText, string PageNumberFormat);

/// <summary>Page size and margins in points (1/72 inch). Header and footer are drawn inside the margins.</summary>
public sealed record PdfPageSetup(float Width, float Height, float MarginLeft, float MarginTop, float MarginRight, float MarginBottom)
{
    public static PdfPageSetup A4 { get; } = new(595, 842, 50, 40, 50, 40);
}
