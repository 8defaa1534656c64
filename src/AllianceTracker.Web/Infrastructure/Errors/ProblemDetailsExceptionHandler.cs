using System.Text.Json;
using AllianceTracker.Core.Instruments.Packs;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>
/// The one place exceptions become RFC 9457 problem details. Messages of unexpected exceptions
/// are never shown: they may carry patient data or internals.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            logger.LogError("Unhandled {ExceptionType} at {Path}, thrown at\n{ExceptionShape}",
                exception.GetType().Name, httpContext.Request.Path, ExceptionShape.Of(exception));
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (ErrorPage.IsWanted(httpContext))
        {
            await ErrorPage.WriteAsync(httpContext, problem);
            return true;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        _ when TransientDatabaseFailure.IsCause(exception) => Problem(StatusCodes.Status503ServiceUnavailable,
            "Service unavailable", "The database cannot be reached just now. Try again shortly."),
        RequestValidationException e => Validation(new Dictionary<string, string[]>(e.Errors)),
        ValidationException e => Validation(e.Errors
            .GroupBy(f => f.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray())),
        InstrumentPackException e => Validation(InstrumentPackProblems.ByPath(e)),
        PackImportConflictException e => Problem(StatusCodes.Status409Conflict, "Instrument version is immutable", e.Message),
        NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found", e.Message),
        ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "Forbidden", e.Message),
        VersionConflictException e => WithCurrentVersion(Problem(StatusCodes.Status409Conflict, "Conflict", e.Message), e.CurrentVersion),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Conflict",
            "Someone else changed this record first. Reload it to see the current version."),
        DbUpdateException => Problem(StatusCodes.Status409Conflict, "Conflict",
            "The change conflicts with what is already stored. Reload and try again."),
        BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } path } } => Validation(
            new Dictionary<string, string[]> { [path.TrimStart('$', '.')] = ["This value is not valid here."] }),
        BadHttpRequestException e => Problem(e.StatusCode, "Bad request", "The request could not be read."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Server error",
            "Something went wrong on our side. It has been logged."),
    };

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more fields are invalid.",
    };

    private static ProblemDetails WithCurrentVersion(ProblemDetails problem, int currentVersion)
    {
        problem.Extensions["currentVersion"] = currentVersion;
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };
}
