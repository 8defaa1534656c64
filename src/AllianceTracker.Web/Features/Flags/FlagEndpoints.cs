using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.Flags;

public static class FlagEndpoints
{
    public static void MapFlagEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/flags", PatientFlagsAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "PatientFlags"))
            .WithSummary("Every flag of one patient, with its explanation and life cycle.");
        api.MapGet("/flags", InboxAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "FlagList"))
            .WithSummary("The caller's inbox: flags of their care-team patients (a day's low-severity flags beyond the ward's budget as one digest) "
                + "and their reminders; filter flags with ?status=open|acknowledged|resolved.");
        api.MapPost("/flags/{id:guid}/acknowledge", AcknowledgeAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "Flag"));
        api.MapPost("/flags/{id:guid}/resolve", ResolveAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "Flag"));
        api.MapPost("/reminders/{id:guid}/done", ReminderDoneAsync).WithTags("Flags")
            .WithMetadata(new AuditedAttribute(AuditAction.Amend, "Reminder"))
            .WithSummary("Marks one of the caller's reminders done; it leaves the inbox and is not added again.");

        var ruleSets = api.MapGroup("/wards/{id:guid}/rule-set").WithTags("Flags").RequireAuthorization(StaffRole.Admin);
        ruleSets.MapGet("/", (Guid id, WardRuleSetEditor editor, CancellationToken cancellationToken) => editor.CurrentAsync(id, cancellationToken))
            .WithSummary("A ward's current flag-rule parameters and their version (administrators).");
        ruleSets.MapPut("/", (Guid id, RuleSetChangeRequest change, WardRuleSetEditor editor, CancellationToken cancellationToken) =>
                editor.ChangeAsync(id, change, cancellationToken))
            .Validate<RuleSetChangeRequest>()
            .WithSummary("Saves new parameters as the ward's next rule-set version and recomputes its patients' flags (administrators).");
    }

    private static async Task<Ok<List<FlagView>>> PatientFlagsAsync(
        Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        await access.GetAsync(id, cancellationToken);
        return TypedResults.Ok(await db.FlagsOfAsync(access.VisiblePatients().Where(p => p.Id == id), null, cancellationToken));
    }

    private static async Task<Ok<InboxView>> InboxAsync(string? status, InboxQuery inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.LoadAsync(ParseStatus(status), cancellationToken));

    private static HashSet<FlagStatus> ParseStatus(string? status) =>
        string.IsNullOrEmpty(status) ? Enum.GetValues<FlagStatus>().ToHashSet()
        : Enum.GetNames<FlagStatus>().FirstOrDefault(n => n.Equals(status, StringComparison.OrdinalIgnoreCase)) is { } name
            ? [Enum.Parse<FlagStatus>(name)]
        : throw RequestValidationException.For("status", "Use open, acknowledged or resolved.");

    private static async Task<NoContent> AcknowledgeAsync(Guid id, FlagLifecycle lifecycle, CancellationToken cancellationToken)
    {
        await lifecycle.AcknowledgeAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ResolveAsync(
        Guid id, ResolveFlagRequest request, FlagLifecycle lifecycle, CancellationToken cancellationToken)
    {
        await lifecycle.ResolveAsync(id, request.Note, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReminderDoneAsync(Guid id, ReminderLifecycle reminders, CancellationToken cancellationToken)
    {
        await reminders.DoneAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }
}
