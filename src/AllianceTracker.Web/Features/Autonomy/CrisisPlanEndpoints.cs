using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>
/// The patient's crisis-plan preferences. A patient has one plan: the first post starts it (expectedVersion 0),
/// every later post appends a version and must say why.
/// </summary>
public sealed record CrisisPlanRequest(
    int ExpectedVersion,
    string? Reason,
    string? LeastIntrusiveMeasure,
    string? WhatHelpsToCalmDown,
    string? WhatMakesItWorse,
    string? OtherPreferences)
{
    public CrisisPlanContent ToContent() => new()
    {
        LeastIntrusiveMeasure = Trimmed(LeastIntrusiveMeasure),
        WhatHelpsToCalmDown = Trimmed(WhatHelpsToCalmDown),
        WhatMakesItWorse = Trimmed(WhatMakesItWorse),
        OtherPreferences = Trimmed(OtherPreferences),
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class CrisisPlanValidator : AbstractValidator<CrisisPlanRequest>
{
    private const string TooLong = "This text can be at most 4000 characters.";

    public CrisisPlanValidator()
    {
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("Give the version you are amending, or 0 for a new plan.");
        RuleFor(r => r.Reason).NotEmpty().When(r => r.ExpectedVersion > 0).WithMessage("Say why the crisis plan is amended.")
            .MaximumLength(2000).WithMessage("The reason can be at most 2000 characters.");
        RuleFor(r => r.LeastIntrusiveMeasure).MaximumLength(4000).WithMessage(TooLong)
            .Must((r, _) => !r.ToContent().Equals(new CrisisPlanContent()))
            .WithMessage("Write at least one of the patient's preferences.");
        RuleFor(r => r.WhatHelpsToCalmDown).MaximumLength(4000).WithMessage(TooLong);
        RuleFor(r => r.WhatMakesItWorse).MaximumLength(4000).WithMessage(TooLong);
        RuleFor(r => r.OtherPreferences).MaximumLength(4000).WithMessage(TooLong);
    }
}

public static class CrisisPlanEndpoints
{
    public static void MapCrisisPlanEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/crisis-plan", GetAsync).WithTags("Crisis plan")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "CrisisPlan"))
            .WithSummary("The patient's crisis plan with every version; 404 when none has been recorded.");
        api.MapPost("/patients/{id:guid}/crisis-plan", PostAsync).WithTags("Crisis plan")
            .Validate<CrisisPlanRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "CrisisPlan"))
            .WithSummary("Starts the plan (expectedVersion 0, answers 201) or appends a version (answers 200); 409 with the current version when stale.");
    }

    private static async Task<Ok<RecordHistoryView<CrisisPlanContent>>> GetAsync(
        Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var plan = await CurrentPlanAsync(db.CrisisPlans.AsNoTracking().Include(c => c.Versions), patient.Id, cancellationToken) ?? throw new NotFoundException("Crisis plan");
        return TypedResults.Ok(RecordHistoryView<CrisisPlanContent>.From(plan));
    }

    private static async Task<Results<Created<RecordHistoryView<CrisisPlanContent>>, Ok<RecordHistoryView<CrisisPlanContent>>>> PostAsync(
        Guid id, CrisisPlanRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var plan = await SaveAsync(patient.Id, request, db, user, clock, cancellationToken);
        var view = RecordHistoryView<CrisisPlanContent>.From(plan);
        return plan.CurrentVersion == 1
            ? TypedResults.Created($"/api/v1/patients/{patient.Id}/crisis-plan", view)
            : TypedResults.Ok(view);
    }

    /// <summary>Starts or amends the plan; shared by the API and the page.</summary>
    public static async Task<CrisisPlan> SaveAsync(
        Guid patientId, CrisisPlanRequest request, AllianceDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var plan = await CurrentPlanAsync(db.CrisisPlans.Include(c => c.Versions), patientId, cancellationToken);
        VersionConflictException.ThrowIfStale(request.ExpectedVersion, plan?.CurrentVersion ?? 0);
        if (plan is null)
        {
            plan = new CrisisPlan { PatientId = patientId };
            plan.Start(request.ToContent(), user.RequiredId, clock.GetUtcNow());
            db.CrisisPlans.Add(plan);
        }
        else
        {
            plan.Amend(request.ToContent(), user.RequiredId, clock.GetUtcNow(), request.Reason!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <summary>The patient's plan: the latest one started, as the timeline and the autonomy page show it; include its versions for the history.</summary>
    public static async Task<CrisisPlan?> CurrentPlanAsync(IQueryable<CrisisPlan> plans, Guid patientId, CancellationToken cancellationToken) =>
        (await plans.Where(c => c.PatientId == patientId).ToListAsync(cancellationToken))
        .MaxBy(c => c.CreatedAt);
}
