using AllianceTracker.Web.Infrastructure.Validation;

namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>The record does not exist, or the caller may not know that it does. Both answer 404.</summary>
public sealed class NotFoundException(string resource) : Exception($"{resource} was not found.")
{
    public string Resource { get; } = resource;
}

/// <summary>The caller is known but may not do this.</summary>
public sealed class ForbiddenException() : Exception("You do not have access to this.");

/// <summary>One or more fields are invalid; each error names its field.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>One field's problem, in English (the key) with {0}, {1} … for the values; see <see cref="ValidationMessages"/>.</summary>
    public static RequestValidationException For(string field, string problem, params object[] values) =>
        new(new Dictionary<string, string[]> { [field] = [ValidationMessages.Format(problem, values)] });
}
