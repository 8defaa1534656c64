using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Ratings;

/// <summary>Why the patient gave no rating for a session. Missing is data, never silently dropped.</summary>
public sealed record RecordNonResponseRequest(NonResponseReason Reason, string? Note);

public sealed class RecordNonResponseValidator : AbstractValidator<RecordNonResponseRequest>
{
    public RecordNonResponseValidator()
    {
        RuleFor(r => r.Reason).IsInEnum().WithMessage("Use declined, tooUnwell, notOffered or interrupted.");
        RuleFor(r => r.Note).MaximumLength(2000).WithMessage("The note can be at most 2000 characters.");
    }
}

public sealed record NonResponseView(Guid Id, Guid SessionId, NonResponseReason Reason, string? Note, DateTimeOffset RecordedAt);

public static class RecordNonResponse
{
    public static async Task<Created<NonResponseView>> HandleAsync(
        Guid id, RecordNonResponseRequest request, SessionAccess sessions, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(id, cancellationToken);
        if (await db.Ratings.AnyAsync(r => r.SessionId == session.Id && r.Rater == Rater.Patient, cancellationToken) ||
            await db.NonResponses.AnyAsync(n => n.SessionId == session.Id, cancellationToken))
        {
            throw RequestValidationException.For("reason", "The patient's rating for this session is already recorded.");
        }

        var nonResponse = new NonResponse
        {
            SessionId = session.Id,
            PatientId = session.PatientId,
            WardId = session.WardId,
            Reason = request.Reason,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = user.RequiredId,
        };
        db.NonResponses.Add(nonResponse);
        await db.SaveChangesAsync(cancellationToken);
        await flags.RecomputeAsync(session.PatientId, cancellationToken);
        return TypedResults.Created($"/api/v1/sessions/{session.Id}",
            new NonResponseView(nonResponse.Id, session.Id, nonResponse.Reason, nonResponse.Note, nonResponse.RecordedAt));
    }
}
