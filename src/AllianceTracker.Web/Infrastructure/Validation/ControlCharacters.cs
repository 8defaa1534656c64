using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>
/// Text in a request may not hold control characters other than tab, line feed and carriage return: PostgreSQL cannot
/// store or compare a NUL at all, and none of the others (C0, DEL, C1) is ever meant in what staff or patients write.
/// </summary>
public static class ControlCharacters
{
    public static bool AreIn(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>The message for a field whose text was refused, in the reader's language.</summary>
    public static string Problem() =>
        ValidationMessages.Translate("Must not contain control characters; only tabs and line breaks are allowed.");

    /// <summary>Whether a page field's text was refused while the form was read (see <see cref="ControlCharacterModelBinder"/>).</summary>
    public static bool WereRefusedIn(ModelStateDictionary modelState)
    {
        var problem = Problem();
        return modelState.Values.Any(entry => entry.Errors.Any(error => error.ErrorMessage == problem));
    }
}
