using AllianceTracker.Core.Audit;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Validation;

namespace AllianceTracker.Web.Features.Ratings;

public static class RatingEndpoints
{
    public static void MapRatingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/sessions/{id:guid}/ratings", EnterRating.HandleAsync).WithTags("Ratings")
            .Validate<EnterRatingRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "Rating"))
            .WithSummary("The therapist's rating, or a patient's paper form entered by staff. Flags are computed before the answer returns.");
        api.MapPost("/sessions/{id:guid}/non-responses", RecordNonResponse.HandleAsync).WithTags("Ratings")
            .Validate<RecordNonResponseRequest>()
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "NonResponse"))
            .WithSummary("Records why the patient gave no rating for the session.");
    }
}
