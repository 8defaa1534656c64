using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Goals;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Records;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Goals;

public static class GoalEndpoints
{
    public static void MapGoalEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/goals", ListAsync).WithTags("Goals")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "GoalList"));
        api.MapPost("/patients/{id:guid}/goals", CreateAsync).WithTags("Goals")
            .Validate<GoalRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "Goal"));
        api.MapPost("/goals/{id:guid}/versions", AmendAsync).WithTags("Goals")
            .Validate<AmendGoalRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "Goal"))
            .WithSummary("Appends a version; 409 with the current version when expectedVersion is stale.");
    }

    private static async Task<Ok<List<GoalView>>> ListAsync(Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var goals = await db.Goals.AsNoTracking().Include(g => g.Versions).Where(g => g.PatientId == patient.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(goals.OrderBy(g => g.CreatedAt).Select(GoalView.From).ToList());
    }

    private static async Task<Created<GoalView>> CreateAsync(
        Guid id, GoalRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var goal = await AddAsync(patient.Id, request, db, user, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}/goals", GoalView.From(goal));
    }

    /// <summary>Stores a new goal; shared by the API and the page.</summary>
    public static async Task<Goal> AddAsync(
        Guid patientId, GoalRequest request, AllianceDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var goal = new Goal { PatientId = patientId };
        goal.Start(request.ToContent(), user.RequiredId, clock.GetUtcNow());
        db.Goals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        return goal;
    }

    private static async Task<Ok<GoalView>> AmendAsync(
        Guid id, AmendGoalRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(GoalView.From(await AmendGoalAsync(id, request, access, db, user, clock, cancellationToken)));

    /// <summary>Appends a version to a goal; shared by the API and the amend page.</summary>
    public static async Task<Goal> AmendGoalAsync(
        Guid id, AmendGoalRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var goal = await db.Goals.Include(g => g.Versions).FindForAmendmentAsync(id, request, access, "Goal", cancellationToken);
        goal.Amend(request.ToContent(), user.RequiredId, clock.GetUtcNow(), request.Reason);
        await db.SaveAmendmentAsync(goal, request, cancellationToken);
        return goal;
    }
}
