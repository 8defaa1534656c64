using FluentValidation;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>The time checks every clinical record shares.</summary>
public static class ClinicalTimeRules
{
    /// <summary>Ward devices' clocks drift and times are typed in ward time; this much ahead of the server is accepted.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromHours(12);

    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IRuleBuilderOptions<T, DateTimeOffset> NotInTheFuture<T>(
        this IRuleBuilder<T, DateTimeOffset> rule, TimeProvider clock, string message) =>
        rule.Must(at => at <= clock.GetUtcNow() + ClockTolerance).WithMessage(message);

    public static IRuleBuilderOptions<T, DateTimeOffset> NotTooFarBack<T>(this IRuleBuilder<T, DateTimeOffset> rule, string message) =>
        rule.GreaterThan(Earliest).WithMessage(message);
}
