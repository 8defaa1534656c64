using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using AllianceTracker.Web.Features.Records;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.Sessions;

public record LogSessionRequest(SessionKind Kind, DateTimeOffset StartsAt, int DurationMinutes, string? Note, Guid? FollowsUpDecisionId)
{
    public SessionDetails ToDetails() => new()
    {
        Kind = Kind,
        StartsAt = StartsAt.ToUniversalTime(),
        DurationMinutes = DurationMinutes,
        Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
        FollowsUpDecisionId = FollowsUpDecisionId,
    };
}

public sealed record AmendSessionRequest(
    int ExpectedVersion, string Reason, SessionKind Kind, DateTimeOffset StartsAt, int DurationMinutes, string? Note, Guid? FollowsUpDecisionId)
    : LogSessionRequest(Kind, StartsAt, DurationMinutes, Note, FollowsUpDecisionId), IAmendment;

public sealed class LogSessionValidator : AbstractValidator<LogSessionRequest>
{
    public LogSessionValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).IsInEnum().WithMessage("Choose the kind of session.");
        RuleFor(r => r.StartsAt)
            .NotTooFarBack("The start time is too far back.")
            .NotInTheFuture(clock, "A session cannot be logged before it has started.");
        RuleFor(r => r.DurationMinutes).InclusiveBetween(1, 600).WithMessage("The duration must be between 1 and 600 minutes.");
        RuleFor(r => r.Note).MaximumLength(4000).WithMessage("The note can be at most 4000 characters.");
        RuleFor(r => r.FollowsUpDecisionId).NotNull().When(r => r.Kind == SessionKind.FollowUpAfterCoercion)
            .WithMessage("Say which autonomy-limiting decision this conversation follows up.");
    }
}

public sealed class AmendSessionValidator : AbstractValidator<AmendSessionRequest>
{
    public AmendSessionValidator(TimeProvider clock)
    {
        Include(new LogSessionValidator(clock));
        this.RequireAmendment("Say why the session is amended.");
    }
}

public static class LogSession
{
    public static async Task<Created<SessionView>> HandleAsync(
        Guid id, LogSessionRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var session = await StartAsync(patient, request, db, user, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/sessions/{session.Id}", SessionView.From(session, [], null));
    }

    /// <summary>Stores the session's first version; shared by the API and the page.</summary>
    public static async Task<ClinicalSession> StartAsync(
        Patient patient, LogSessionRequest request, AllianceDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var session = new ClinicalSession { PatientId = patient.Id, WardId = patient.WardId, TherapistId = user.RequiredId };
        session.Start(request.ToDetails(), user.RequiredId, clock.GetUtcNow());
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}
