using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>
/// A page's text field (form, query or route) holding a control character is not bound: the field keeps its
/// default, shows <see cref="ControlCharacters.Problem"/>, and <c>FormPage</c> saves nothing.
/// </summary>
public sealed class ControlCharacterModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.Model is string text && ControlCharacters.AreIn(text))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, ControlCharacters.Problem());
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    /// <summary>Every string bound as a simple value; bodies, headers and services keep their own binders, which come first.</summary>
    public static void GuardPageText(MvcOptions options)
    {
        var simpleTypes = options.ModelBinderProviders.ToList().FindIndex(provider => provider is SimpleTypeModelBinderProvider);
        options.ModelBinderProviders.Insert(simpleTypes, new Provider());
    }

    private sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(string)
                ? new ControlCharacterModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }
}
