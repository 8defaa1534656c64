using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Shared;

/// <summary>
/// A page that posts to the same handlers and validators as the API; their errors become field messages
/// on the form instead of problem details.
/// </summary>
public abstract class FormPage : PageModel
{
    protected async Task ValidateAsync<T>(T request)
    {
        var validator = HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
        await validator.ValidateAndThrowAsync(request, HttpContext.RequestAborted);
    }

    /// <summary>Validates the request as the API would, then saves it through the API's handler; false when either refused it.</summary>
    protected Task<bool> TrySaveAsync<TRequest>(TRequest request, Func<TRequest, Task> save) =>
        TryAsync(async () =>
        {
            await ValidateAsync(request);
            await save(request);
        });

    /// <summary>
    /// Runs the action; validation failures are added to the model state and false is returned. A form with a field
    /// whose text was refused while it was read is not run at all, since that field would be saved empty.
    /// </summary>
    protected async Task<bool> TryAsync(Func<Task> action)
    {
        if (ControlCharacters.WereRefusedIn(ModelState))
        {
            return false;
        }

        try
        {
            await action();
            return true;
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
            }
        }
        catch (VersionConflictException e)
        {
            ModelState.AddModelError("ExpectedVersion", e.Message);
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }
        }

        return false;
    }

    /// <summary>The time zone of the patient's ward, in which the page shows and reads times.</summary>
    protected static Task<string> WardTimeZoneAsync(AllianceDbContext db, Patient patient, CancellationToken cancellationToken) =>
        db.Wards.Where(w => w.Id == patient.WardId).Select(w => w.TimeZoneId).SingleAsync(cancellationToken);

    /// <summary>A date and time typed on the ward, read in the ward's time zone.</summary>
    protected static DateTimeOffset FromWardTime(DateTime local, string timeZoneId)
    {
        // a date the page could not read binds as DateTime.MinValue, which no time zone east of UTC can hold; the
        // binding error is on the form, and the validators refuse this value as well
        if (local == default)
        {
            return DateTimeOffset.MinValue;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    protected static DateTime ToWardTime(DateTimeOffset at, string timeZoneId) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).DateTime;
}
