using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Goals;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>A domain where the patient still decides.</summary>
public record RetainedAutonomyRequest(AutonomyDomain Domain, string? Description, DateTimeOffset From, DateTimeOffset? To)
{
    public RetainedAutonomyContent ToContent() => new()
    {
        Domain = Domain,
        Description = Description?.Trim(),
        From = From.ToUniversalTime(),
        To = To?.ToUniversalTime(),
    };
}

public sealed record AmendRetainedAutonomyRequest(
    int ExpectedVersion, string Reason, AutonomyDomain Domain, string? Description, DateTimeOffset From, DateTimeOffset? To)
    : RetainedAutonomyRequest(Domain, Description, From, To), IAmendment;

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

public sealed class AmendRetainedAutonomyValidator : AbstractValidator<AmendRetainedAutonomyRequest>
{
    public AmendRetainedAutonomyValidator()
    {
        Include(new RetainedAutonomyValidator());
        this.RequireAmendment("Say why the record is amended.");
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
        api.MapPost("/retained-autonomy/{id:guid}/versions", AmendAsync).WithTags("Retained autonomy")
            .Validate<AmendRetainedAutonomyRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "RetainedAutonomy"))
            .WithSummary("Appends a version, e.g. with the date the patient stopped deciding; 409 with the current version when expectedVersion is stale.");
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
        var record = await AddAsync(patient.Id, request, db, user, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}/retained-autonomy", RetainedAutonomyView.From(record));
    }

    /// <summary>Stores a new domain where the patient still decides; shared by the API and the page.</summary>
    public static async Task<RetainedAutonomy> AddAsync(
        Guid patientId, RetainedAutonomyRequest request, AllianceDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var record = new RetainedAutonomy { PatientId = patientId };
        record.Start(request.ToContent(), user.RequiredId, clock.GetUtcNow());
        db.RetainedAutonomy.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    private static async Task<Ok<RetainedAutonomyView>> AmendAsync(
        Guid id, AmendRetainedAutonomyRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(RetainedAutonomyView.From(await AmendRecordAsync(id, request, access, db, user, clock, cancellationToken)));

    /// <summary>Appends a version; shared by the API and the amend page.</summary>
    public static async Task<RetainedAutonomy> AmendRecordAsync(
        Guid id, AmendRetainedAutonomyRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var record = await db.RetainedAutonomy.Include(r => r.Versions)
            .FindForAmendmentAsync(id, request, access, "Retained autonomy", cancellationToken);
        record.Amend(request.ToContent(), user.RequiredId, clock.GetUtcNow(), request.Reason);
        await db.SaveAmendmentAsync(record, request, cancellationToken);
        return record;
    }
}
