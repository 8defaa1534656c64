using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.CareTeams;

public static class CareTeamEndpoints
{
    public static void MapCareTeamEndpoints(this IEndpointRouteBuilder api)
    {
        var team = api.MapGroup("/patients/{id:guid}/care-team").WithTags("Care teams");
        team.MapGet("/", (Guid id, CareTeams teams, CancellationToken cancellationToken) => teams.GetAsync(id, cancellationToken))
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "CareTeam"))
            .WithSummary("The patient's care team (administrators, and the team itself): alias, ward and members, no clinical content.");
        team.MapPost("/", AddAsync)
            .Validate<CareTeamMemberRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, CareTeams.Resource))
            .WithSummary("Adds a staff member (administrators), or a colleague of the patient's ward (a therapist on the team).");
        team.MapDelete("/{staffUserId:guid}", RemoveAsync)
            .RequireAuthorization(StaffRole.Admin)
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, CareTeams.Resource))
            .WithSummary("Ends a staff member's place on the care team (administrators); the last member cannot be removed.");
    }

    private static async Task<Created<CareTeamMemberView>> AddAsync(
        Guid id, CareTeamMemberRequest request, CareTeams teams, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/patients/{id}/care-team", await teams.AddAsync(id, request, cancellationToken));

    private static async Task<NoContent> RemoveAsync(Guid id, Guid staffUserId, CareTeams teams, CancellationToken cancellationToken)
    {
        await teams.RemoveAsync(id, staffUserId, cancellationToken);
        return TypedResults.NoContent();
    }
}
