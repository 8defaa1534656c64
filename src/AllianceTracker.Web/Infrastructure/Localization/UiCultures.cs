namespace AllianceTracker.Web.Infrastructure.Localization;

/// <summary>The languages the staff pages are written in, and the cookie that remembers a user's choice.</summary>
public static class UiCultures
{
    public const string Bokmal = "nb";

    public const string English = "en";

    public const string CookieName = "__Host-AllianceTracker.Culture";

    public static IReadOnlyList<string> Supported { get; } = [Bokmal, English];

    public static bool IsSupported(string? culture) => culture is not null && Supported.Contains(culture);

    /// <summary>The name of a language in that language, as the language switch shows it.</summary>
    public static string NativeName(string culture) => culture switch
    {
        Bokmal => "Norsk bokmål",
        English => "English",
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "Not a language of the staff pages."),
    };
}
