using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Goals;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>A domain where the patient still decides.</summary>
public sealed record RetainedAutonomyRequest(AutonomyDomain Domain, string? Description, DateTimeOffset From, DateTimeOffset? To);

public sealed class RetainedAutonomyValidator : AbstractValidator<RetainedAutonomyRequest>
{
    public RetainedAutonomyValidator()
    {
        RuleFor(r => r.Domain).IsInEnum().WithMessage("Choose the domain the patient still decides in.");
        RuleFor(r => r.Description).MaximumLength(2000).WithMessage("The description can be at most 2000 characters.");
        RuleFor(r => r.Description).NotEmpty().When(r => r.Domain == AutonomyDomain.Other).WithMessage("Describe the domain.");
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.To is not null).WithMessage("The end cannot be before the start.");
    }
}

public sealed record RetainedAutonomyView(Guid Id, Guid PatientId, int Version, RetainedAutonomyContent Current,
    IReadOnlyList<VersionView<RetainedAutonomyContent>> History)
{
    public static RetainedAutonomyView From(RetainedAutonomy r) => new(r.Id, r.PatientId, r.CurrentVersion, r.Current,
        r.Versions.OrderBy(v => v.VersionNumber).Select(VersionView<RetainedAutonomyContent>.From).ToList());
}

public static class RetainedAutonomyEndpoints
{
    public static void MapRetainedAutonomyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/retained-autonomy", ListAsync).WithTags("Retained autonomy")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "RetainedAutonomyList"));
        api.MapPost("/patients/{id:guid}/retained-autonomy", CreateAsync).WithTags("Retained autonomy")
            .Validate<RetainedAutonomyRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "RetainedAutonomy"));
    }

    private static async Task<Ok<List<RetainedAutonomyView>>> ListAsync(
        Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var records = await db.RetainedAutonomy.AsNoTracking().Include(r => r.Versions)
            .Where(r => r.PatientId == patient.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(records.OrderBy(r => r.Current.From).Select(RetainedAutonomyView.From).ToList());
    }

    private static async Task<Created<RetainedAutonomyView>> CreateAsync(
        Guid id, RetainedAutonomyRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var record = new RetainedAutonomy { PatientId = patient.Id };
        record.Start(new RetainedAutonomyContent
        {
            Domain = request.Domain,
            Description = request.Description?.Trim(),
            From = request.From.ToUniversalTime(),
            To = request.To?.ToUniversalTime(),
        }, user.RequiredId, clock.GetUtcNow());
        db.RetainedAutonomy.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}/retained-autonomy", RetainedAutonomyView.From(record));
    }
}
