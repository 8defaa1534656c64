using System.Globalization;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Validation;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>The period and bucket asked for, checked: dates as yyyy-MM-dd, to not before from, at most three years, week or month.</summary>
public sealed record DashboardRange(DateOnly From, DateOnly To, DashboardBucket Bucket)
{
    public const int DefaultWeeks = 12;
    public const int MaxDays = 3 * 366;

    /// <param name="today">Today on the ward's clock; an omitted period is the last <see cref="DefaultWeeks"/> weeks up to it.</param>
    public static DashboardRange Parse(string? from, string? to, string? bucket, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var toDay = ParseDate(to, "to", errors) ?? today;
        var fromDay = ParseDate(from, "from", errors) ?? toDay.AddDays(1 - (7 * DefaultWeeks));
        var size = ParseBucket(bucket, errors);

        if (!errors.ContainsKey("to") && !errors.ContainsKey("from"))
        {
            if (toDay < fromDay)
            {
                errors["to"] = [ValidationMessages.Translate("Must be on or after from.")];
            }
            else if (toDay.DayNumber - fromDay.DayNumber + 1 > MaxDays)
            {
                errors["to"] = [ValidationMessages.Translate("At most three years can be shown at once.")];
            }
        }

        return errors.Count > 0 ? throw new RequestValidationException(errors) : new DashboardRange(fromDay, toDay, size);
    }

    private static DateOnly? ParseDate(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[field] = [ValidationMessages.Translate("Use a date written as yyyy-MM-dd.")];
        return null;
    }

    private static DashboardBucket ParseBucket(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            return DashboardBucket.Week;
        }

        if (value.Equals("month", StringComparison.OrdinalIgnoreCase))
        {
            return DashboardBucket.Month;
        }

        errors["bucket"] = [ValidationMessages.Translate("Use week or month.")];
        return DashboardBucket.Week;
    }
}
