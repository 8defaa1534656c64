using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.NeedToKnow;

public static class NeedToKnowEndpoints
{
    /// <summary>Clinicians and ward managers may ask; an administrator's role alone gives no way into clinical content.</summary>
    public static readonly string[] Roles = [StaffRole.Therapist, StaffRole.WardManager];

    public static void MapNeedToKnowEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/patients/{id:guid}/need-to-know", GrantAsync)
            .WithTags("Patients")
            .RequireAuthorization(policy => policy.RequireRole(Roles))
            .Validate<NeedToKnowRequest>()
            .WithMetadata(GrantNeedToKnow.Audit)
            .WithSummary("Opens a patient of one of the caller's wards for a stated reason, for at most 24 hours.");
    }

    private static async Task<Created<NeedToKnowView>> GrantAsync(
        Guid id, NeedToKnowRequest request, GrantNeedToKnow grant, CancellationToken cancellationToken)
    {
        var view = await grant.GrantAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{id}", view);
    }
}
