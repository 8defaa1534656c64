using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace AllianceTracker.Web.Infrastructure.Localization;

/// <summary>
/// What an enum value is called on the staff pages, in the user's language. The names are in EnumNames.resx (English)
/// and EnumNames.nb.resx, keyed "Type.Value"; the stored and API values stay the enum's own names.
/// </summary>
public sealed class EnumNames(IStringLocalizer<EnumNames> localizer)
{
    public static string KeyOf(Enum value) => $"{value.GetType().Name}.{value}";

    public string this[Enum value] => localizer[KeyOf(value)];

    /// <summary>The options of a select, posting the value's name and showing its display name.</summary>
    public IEnumerable<SelectListItem> Options<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(value => new SelectListItem(this[value], value.ToString()));
}
