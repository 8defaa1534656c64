using System.Globalization;

namespace AllianceTracker.Web.Infrastructure.Localization;

/// <summary>Picks, of a text stored in both languages (rule names, flag explanations), the one the user reads.</summary>
public static class UiLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static bool IsBokmal => Current == UiCultures.Bokmal;

    /// <summary>The Bokmål text under a Bokmål UI, otherwise the English one (also on the API, which runs invariant).</summary>
    public static string Choose(string english, string bokmal) => IsBokmal ? bokmal : english;
}
