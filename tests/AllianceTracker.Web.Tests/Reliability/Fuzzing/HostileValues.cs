using System.Text.Json.Nodes;

namespace AllianceTracker.Web.Tests.Reliability.Fuzzing;

/// <summary>Values that have broken services before: injections, limits, impossible dates, wrong types, sheer size.</summary>
public static class HostileValues
{
    public static readonly string[] Injections =
    [
        "' OR '1'='1'; DROP TABLE \"Patients\"; --",
        "1; SELECT pg_sleep(10); --",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(document.cookie)>",
        "javascript:alert(1)",
        "=cmd|' /C calc'!A0",
        "+SUM(1+1)*cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-2+3+cmd|' /C calc'!A0",
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "{{7*7}}${7*7}",
        "\u0000",
        "\u202Egnp.exe",
        "Ærlig ønske å gå 😀",
        "",
        "   ",
    ];

    /// <summary>Injections that a client can put in a path at all: a NUL byte never reaches the server there.</summary>
    public static readonly string[] PathSafeInjections = Injections.Where(s => s.Length > 0 && !s.Any(char.IsControl)).ToArray();

    public static readonly string[] Dates =
    [
        "0001-01-01T00:00:00+14:00",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59-14:00",
        "9999-12-31T23:59:59Z",
        "1753-01-01T00:00:00Z",
        "2026-02-30T10:00:00Z",
        "1900-01-01",
        "24:00",
        "yesterday",
    ];

    /// <summary>Numbers written as JSON text, since some (1e400, 2^64) have no .NET value to serialise from.</summary>
    public static readonly string[] NumberLiterals =
    [
        "0", "-1", "-0", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "18446744073709551616", "1e308", "1e400", "-1e400", "0.5", "1E-400", "79228162514264337593543950336", "NaN", "Infinity",
    ];

    public static JsonNode? Any(Random random, IReadOnlyList<Guid> knownIds) => random.Next(10) switch
    {
        0 or 1 or 2 => Injections[random.Next(Injections.Length)],
        3 => Dates[random.Next(Dates.Length)],
        4 => JsonNode.Parse(NumberLiterals[random.Next(7)]),
        5 => WrongShape(random),
        6 => knownIds.Count == 0 ? Guid.Empty.ToString() : knownIds[random.Next(knownIds.Count)].ToString(),
        7 => new string('x', random.Next(2) == 0 ? 4_001 : 50_000),
        8 => new JsonArray(Enumerable.Range(0, random.Next(2) == 0 ? 1_000 : 5_000).Select(i => (JsonNode?)i).ToArray()),
        _ => random.Next(3) switch { 0 => true, 1 => Guid.Empty.ToString(), _ => "00000000-0000-0000-0000-00000000000g" },
    };

    private static JsonNode? WrongShape(Random random) => random.Next(5) switch
    {
        0 => null,
        1 => new JsonArray(),
        2 => new JsonObject { ["a"] = 1 },
        3 => 3.25,
        _ => "[]",
    };
}
