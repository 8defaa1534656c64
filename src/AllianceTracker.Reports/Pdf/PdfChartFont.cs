using ScottPlot;
using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

/// <summary>
/// The font charts are drawn with inside a PDF: DejaVu Sans cut down once to Latin letters, digits and common
/// punctuation, which is all the charts' labels use (Norwegian and English). ScottPlot resolves fonts by name and
/// caches them for the whole process, so a chart cannot take a per-document subset; a fixed small one keeps the
/// chart from embedding the whole font.
/// </summary>
internal static class PdfChartFont
{
    public const string Name = "AllianceTracker PDF Sans";

    private static readonly Lock Registration = new();
    private static bool _registered;

    private static IEnumerable<int> Characters =>
        Enumerable.Range(0x20, 0x7F - 0x20)
            .Concat(Enumerable.Range(0xA0, 0x100 - 0xA0))
            .Concat([0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2212, 0xFFFD]);

    public static void Register(byte[] regular, byte[] bold)
    {
        lock (Registration)
        {
            if (_registered)
            {
                return;
            }

            var regularSubset = FontSubsetter.Subset(regular, Characters) ?? SKTypeface.FromData(SKData.CreateCopy(regular));
            var boldSubset = FontSubsetter.Subset(bold, Characters) ?? SKTypeface.FromData(SKData.CreateCopy(bold));
            Fonts.FontResolvers.Insert(0, new Resolver(regularSubset, boldSubset));
            _registered = true;
        }
    }

    private sealed class Resolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool isBold, bool italic) =>
            fontName == Name ? (isBold ? bold : regular) : null;
    }
}
