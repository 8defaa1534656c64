using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>
/// A page field whose typed value cannot be read (a date written in words, say) is reported in the reader's language,
/// like every validation message, instead of in ASP.NET Core's English.
/// </summary>
public static class ModelBindingMessages
{
    public static void UseReadersLanguage(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => ValidationMessages.Format("The value '{0}' is not valid for {1}.", value, field));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => ValidationMessages.Format("The value '{0}' is not valid.", value));
        messages.SetUnknownValueIsInvalidAccessor(field => ValidationMessages.Format("The value given for {0} is not valid.", field));
        messages.SetValueIsInvalidAccessor(value => ValidationMessages.Format("The value '{0}' is not valid.", value));
        messages.SetValueMustBeANumberAccessor(field => ValidationMessages.Format("{0} must be a number.", field));
        messages.SetValueMustNotBeNullAccessor(value => ValidationMessages.Format("A value is needed here, not '{0}'.", value));
    }
}
