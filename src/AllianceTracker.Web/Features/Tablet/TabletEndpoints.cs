using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Tablet;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Tablet;

public sealed record HandoverCodeResponse(Guid HandoverId, string Code, DateTimeOffset ExpiresAt);

public static class TabletEndpoints
{
    public static void MapTabletEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/sessions/{id:guid}/handover", IssueAsync).WithTags("Tablet")
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "TabletHandover"))
            .WithSummary("A one-time 6-digit code that hands this session's patient rating to a ward tablet.");
        api.MapPost("/handovers/{id:guid}/revoke", RevokeAsync).WithTags("Tablet")
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "TabletHandover"))
            .WithSummary("Withdraws a handover that has not been completed.");

        // The tablet has no staff sign-in: these three check the tablet's own credentials and nothing else.
        var tablet = api.MapGroup("/tablet").WithTags("Tablet").AllowAnonymous();
        tablet.MapPost("/redeem", RedeemAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "TabletRedeem"))
            .WithSummary("Exchanges a handover code for a short-lived token and a submission ticket.");
        tablet.MapGet("/form", FormAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "TabletForm"))
            .WithSummary("The patient form in the requested or the patient's language (Authorization: Bearer token).");
        tablet.MapPost("/submit", SubmitAsync)
            .WithMetadata(new AuditedAttribute(AuditAction.Create, "TabletRating"))
            .WithSummary("Stores the patient's answers, or that they declined, once per submission id.");
    }

    private static async Task<Created<HandoverCodeResponse>> IssueAsync(Guid id, HandoverIssuer issuer, CancellationToken cancellationToken)
    {
        var issued = await issuer.IssueAsync(id, HandoverMode.WardTablet, cancellationToken);
        return TypedResults.Created((string?)null, new HandoverCodeResponse(issued.HandoverId, issued.Code, issued.ExpiresAt));
    }

    private static async Task<NoContent> RevokeAsync(Guid id, HandoverIssuer issuer, CancellationToken cancellationToken)
    {
        await issuer.RevokeAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RedeemAsync(
        RedeemRequest request, HandoverRedeemer redeemer, HttpContext context, CancellationToken cancellationToken)
    {
        var (response, refusal) = await redeemer.RedeemAsync(request, TabletDevice.KeyOf(context), cancellationToken);
        return refusal?.ToResult(context) ?? TypedResults.Ok(response);
    }

    private static async Task<IResult> FormAsync(
        string? language, TabletCredentials credentials, TabletForms forms, AllianceDbContext db, PatientAuditScope audit,
        HttpContext context, CancellationToken cancellationToken)
    {
        var handoverId = credentials.ReadToken(BearerToken(context));
        var handover = handoverId is { } hid
            ? await db.TabletHandovers.AsNoTracking().SingleOrDefaultAsync(h => h.Id == hid, cancellationToken)
            : null;
        if (handover is null || handover.RevokedAt is not null || handover.CompletedAt is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return TabletRefusal.NoToken.ToResult(context);
        }

        audit.Touch(handover.PatientId, handover.Id);
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == handover.PatientId, cancellationToken);
        var version = await forms.CurrentAsync(cancellationToken);
        var chosen = TabletForms.ChooseLanguage(version, language, patient.PreferredLanguage);
        return TypedResults.Ok(TabletForms.Render(version, patient.DisplayAlias, chosen));
    }

    private static async Task<IResult> SubmitAsync(
        SubmitRequest request, TabletSubmissions submissions, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await submissions.SubmitAsync(request, cancellationToken);
        return result.Refusal?.ToResult(context)
            ?? TypedResults.Text(result.ResponseJson!, "application/json", System.Text.Encoding.UTF8, StatusCodes.Status200OK);
    }

    private static string? BearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal)
            ? header["Bearer ".Length..].Trim()
            : null;
}
