using System.Globalization;
using System.Resources;
using FluentValidation;
using FluentValidation.Internal;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>
/// The validation messages of the requests in the reader's language. The English text written in the validators
/// (<c>WithMessage</c>) and handlers (<c>RequestValidationException.For</c>) is the key; ValidationMessages.nb.resx holds
/// the Bokmål. A message is translated when it is made, in the current UI culture: staff pages run in the user's
/// language, the API in the invariant culture, so its problem details stay English whatever the request asks for.
/// </summary>
public static class ValidationMessages
{
    // ValidationMessages.resx is empty on purpose: English needs no entries, but the resource manager needs a neutral resource
    private static readonly ResourceManager Translations = new(typeof(ValidationMessages));

    public static string Translate(string english) => Translations.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>A message with values in it: the template (with {0}, {1} …) is translated, then filled in.</summary>
    public static string Format(string template, params object[] arguments) =>
        arguments.Length == 0 ? Translate(template) : string.Format(CultureInfo.CurrentCulture, Translate(template), arguments);

    /// <summary>
    /// A validator message with a value of its own, named in the template as {placeholder}; FluentValidation's own
    /// placeholders ({MaxLength}, {From} …) need no argument.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithMessage<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string template, string placeholder, object value) =>
        rule.Configure(config => config.Current.SetErrorMessage((context, _) =>
        {
            context.MessageFormatter.AppendArgument(placeholder, value);
            return template;
        }));

    /// <summary>Every validator translates its message template before filling in the placeholders.</summary>
    public static void TranslateValidatorMessages() =>
        ValidatorOptions.Global.MessageFormatterFactory = () => new TranslatingMessageFormatter();

    private sealed class TranslatingMessageFormatter : MessageFormatter
    {
        // FluentValidation's own messages arrive already in the UI language from its language manager and are not keys here
        public override string BuildMessage(string messageTemplate) => base.BuildMessage(Translate(messageTemplate));
    }
}
