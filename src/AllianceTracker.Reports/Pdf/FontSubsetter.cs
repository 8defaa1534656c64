using System.Runtime.InteropServices;
using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

/// <summary>
/// Cuts a font down to the glyphs of the given characters with HarfBuzz's subsetter, so a PDF embeds kilobytes
/// instead of the whole font. Skia's PDF backend embeds whatever typeface it is given in full; handing it a
/// subset typeface is how a document gets subset fonts. The subsetter ships inside the HarfBuzz library that
/// SkiaSharp already loads, but HarfBuzzSharp does not wrap it, hence the few native calls.
/// </summary>
internal static class FontSubsetter
{
    /// <returns>The subset typeface, or null when HarfBuzz cannot subset this font (the caller then embeds it whole).</returns>
    public static SKTypeface? Subset(byte[] font, IEnumerable<int> codepoints)
    {
        ArgumentNullException.ThrowIfNull(font);
        var bytes = SubsetBytes(font, codepoints);
        return bytes is null ? null : SKTypeface.FromData(SKData.CreateCopy(bytes));
    }

    internal static byte[]? SubsetBytes(byte[] font, IEnumerable<int> codepoints)
    {
        var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        nint blob = 0, face = 0, input = 0, subset = 0, subsetBlob = 0;
        try
        {
            blob = NativeMethods.hb_blob_create(pinned.AddrOfPinnedObject(), (uint)font.Length, NativeMethods.MemoryModeDuplicate, 0, 0);
            face = NativeMethods.hb_face_create(blob, 0);
            input = NativeMethods.hb_subset_input_create_or_fail();
            if (input == 0)
            {
                return null;
            }

            var unicodes = NativeMethods.hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                NativeMethods.hb_set_add(unicodes, (uint)codepoint);
            }

            subset = NativeMethods.hb_subset_or_fail(face, input);
            if (subset == 0)
            {
                return null;
            }

            subsetBlob = NativeMethods.hb_face_reference_blob(subset);
            var data = NativeMethods.hb_blob_get_data(subsetBlob, out var length);
            if (data == 0 || length == 0)
            {
                return null;
            }

            var result = new byte[length];
            Marshal.Copy(data, result, 0, (int)length);
            return result;
        }
        finally
        {
            NativeMethods.hb_blob_destroy(subsetBlob);
            NativeMethods.hb_face_destroy(subset);
            NativeMethods.hb_subset_input_destroy(input);
            NativeMethods.hb_face_destroy(face);
            NativeMethods.hb_blob_destroy(blob);
            pinned.Free();
        }
    }

    private static class NativeMethods
    {
        private const string HarfBuzz = "libHarfBuzzSharp";
        public const int MemoryModeDuplicate = 0;

        [DllImport(HarfBuzz)]
        public static extern nint hb_blob_create(nint data, uint length, int mode, nint userData, nint destroy);

        [DllImport(HarfBuzz)]
        public static extern void hb_blob_destroy(nint blob);

        [DllImport(HarfBuzz)]
        public static extern nint hb_blob_get_data(nint blob, out uint length);

        [DllImport(HarfBuzz)]
        public static extern nint hb_face_create(nint blob, uint index);

        [DllImport(HarfBuzz)]
        public static extern void hb_face_destroy(nint face);

        [DllImport(HarfBuzz)]
        public static extern nint hb_face_reference_blob(nint face);

        [DllImport(HarfBuzz)]
        public static extern nint hb_subset_input_create_or_fail();

        [DllImport(HarfBuzz)]
        public static extern void hb_subset_input_destroy(nint input);

        [DllImport(HarfBuzz)]
        public static extern nint hb_subset_input_unicode_set(nint input);

        [DllImport(HarfBuzz)]
        public static extern void hb_set_add(nint set, uint codepoint);

        [DllImport(HarfBuzz)]
        public static extern nint hb_subset_or_fail(nint face, nint input);
    }
}
