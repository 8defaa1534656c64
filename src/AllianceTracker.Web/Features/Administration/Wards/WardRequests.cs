using AllianceTracker.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Administration.Wards;

/// <summary>A ward's name, the time zone its days and reminders follow, and the jurisdiction whose rule table applies.</summary>
public sealed record WardRequest(string? Name, string? TimeZoneId, string? JurisdictionCode);

public sealed record WardView(Guid Id, string Name, string TimeZoneId, string JurisdictionCode, int Members);

public sealed class WardRequestValidator : AbstractValidator<WardRequest>
{
    public const int MaximumNameLength = 200;

    public WardRequestValidator(AllianceDbContext db)
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Give the ward a name.")
            .MaximumLength(MaximumNameLength).WithMessage("The name can be at most {MaxLength} characters.");
        RuleFor(r => r.TimeZoneId).NotEmpty().WithMessage("Choose the ward's time zone.")
            .Must(zone => zone is null || TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            .WithMessage("This is not a time zone the system knows, e.g. Europe/Oslo.");
        RuleFor(r => r.JurisdictionCode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose the ward's jurisdiction.")
            .MustAsync(async (code, cancellationToken) => code is null || await db.JurisdictionRules.AnyAsync(r => r.JurisdictionCode == code, cancellationToken))
            .WithMessage("There is no rule table for this jurisdiction.");
    }
}
