using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceTracker.Reports.Summaries;

/// <summary>
/// The fingerprint printed in a summary's footer. A PDF cannot contain the hash of its own bytes, so the footer
/// carries the SHA-256 of the summary's <em>content</em>: the canonical JSON of <see cref="SummaryData"/> (UTF-8,
/// properties in declaration order, enums by name, ISO 8601 dates, lists in the given order, no whitespace).
/// The stored record keeps the SHA-256 of the PDF bytes as well. A printed copy is verified by looking the printed
/// document id up, checking the stored PDF against its stored byte hash, and comparing the printed content hash with
/// the one in the stored PDF's footer; because clinical records are append-only, the content hash can also be
/// recomputed from the records as they stood when the document was generated.
/// </summary>
public static class SummaryContentHash
{
    /// <summary>Hex digits printed in the footer: 48 bits, plenty to tell versions of one document apart.</summary>
    public const int PrintedLength = 12;

    private static readonly JsonSerializerOptions Canonical = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string CanonicalJson(SummaryData data) => JsonSerializer.Serialize(data, Canonical);

    /// <summary>Lower-case hex SHA-256 of <see cref="CanonicalJson"/>.</summary>
    public static string Compute(SummaryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(data, Canonical)));
    }

    public static string Printed(string sha256) => sha256[..PrintedLength];
}
