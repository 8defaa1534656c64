using FluentValidation;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>Validates an endpoint's request body with its FluentValidation validator before the handler runs.</summary>
public sealed class ValidationFilter<TRequest> : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            throw Errors.RequestValidationException.For("body", "A request body is required.");
        }

        var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
        await validator.ValidateAndThrowAsync(request, context.HttpContext.RequestAborted);
        return await next(context);
    }
}

public static class ValidationExtensions
{
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();

    public static IServiceCollection AddRequestValidation(this IServiceCollection services)
    {
        // field names in errors match the JSON the client sent
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member?.Name;
        ValidationMessages.TranslateValidatorMessages();
        services.AddValidatorsFromAssemblyContaining<ValidationFilter<object>>(includeInternalTypes: true);
        return services;
    }
}
