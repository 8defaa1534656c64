using System.Diagnostics.CodeAnalysis;
using SkiaSharp;

namespace AllianceTracker.Reports.Pdf;

/// <summary>The regular and bold font files the PDF renderer draws with.</summary>
public sealed record FontFiles(string Regular, string Bold);

/// <summary>Thrown when no usable font is installed; the message names the package to install.</summary>
public sealed class FontNotFoundException(string message) : Exception(message);

/// <summary>
/// Finds DejaVu Sans (regular and bold) in the given directories, searched in order and recursively.
/// Call <see cref="TryFind"/> from a health check and <see cref="Find"/> at start-up.
/// </summary>
public sealed class FontLocator
{
    public const string RequiredPackage = "fonts-dejavu-core";
    public const string RegularFileName = "DejaVuSans.ttf";
    public const string BoldFileName = "DejaVuSans-Bold.ttf";

    // Norwegian letters the reports must be able to print.
    private const string RequiredCharacters = "æøåÆØÅ";

    private readonly IReadOnlyList<string> _directories;

    public FontLocator(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        _directories = [.. directories];
    }

    /// <summary>Where Debian, other Linux distributions, macOS and Windows keep fonts.</summary>
    public static IReadOnlyList<string> DefaultDirectories { get; } =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        "/Library/Fonts",
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
    ];

    /// <summary>A locator that looks in <paramref name="configuredDirectory"/> first, then in the defaults.</summary>
    public static FontLocator WithDefaults(string? configuredDirectory = null) =>
        new(string.IsNullOrWhiteSpace(configuredDirectory)
            ? DefaultDirectories
            : [configuredDirectory, .. DefaultDirectories]);

    public FontFiles Find() =>
        TryFind(out var fonts, out var problem) ? fonts : throw new FontNotFoundException(problem);

    public bool TryFind([NotNullWhen(true)] out FontFiles? fonts, [NotNullWhen(false)] out string? problem)
    {
        fonts = null;
        var regular = FindFile(RegularFileName);
        var bold = FindFile(BoldFileName);
        if (regular is null || bold is null)
        {
            var missing = regular is null ? RegularFileName : BoldFileName;
            problem = $"No usable font for PDF reports: {missing} was not found in " +
                      $"{string.Join(", ", _directories.Where(d => d.Length > 0))}. " +
                      $"Install the package '{RequiredPackage}' (apt-get install {RequiredPackage}) " +
                      "or configure a directory that holds the DejaVu Sans fonts.";
            return false;
        }

        problem = Unusable(regular) ?? Unusable(bold);
        if (problem is not null)
        {
            return false;
        }

        fonts = new FontFiles(regular, bold);
        return true;
    }

    private string? FindFile(string fileName)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return _directories
            .Where(d => d.Length > 0 && Directory.Exists(d))
            .Select(d => Directory.EnumerateFiles(d, fileName, options).FirstOrDefault())
            .FirstOrDefault(path => path is not null);
    }

    private static string? Unusable(string path)
    {
        using var typeface = SKTypeface.FromFile(path);
        if (typeface is null)
        {
            return $"The font file {path} could not be read; reinstall the package '{RequiredPackage}'.";
        }

        return typeface.ContainsGlyphs(RequiredCharacters)
            ? null
            : $"The font file {path} lacks the letters {RequiredCharacters}; reinstall the package '{RequiredPackage}'.";
    }
}
