using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Instruments;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceTracker.Web.Features.Ratings;

/// <summary>
/// A rating entered by staff: the therapist's own, or a patient's paper form typed in. Patients rate on the
/// tablet; staff never rate on a patient's behalf.
/// </summary>
public sealed record EnterRatingRequest(
    Rater Rater,
    Dictionary<string, int?>? Values,
    Dictionary<string, string?>? Texts,
    Guid? InstrumentVersionId);

public sealed class EnterRatingValidator : AbstractValidator<EnterRatingRequest>
{
    public EnterRatingValidator()
    {
        RuleFor(r => r.Rater).IsInEnum().WithMessage("Say who rated: patient or therapist.");
        RuleFor(r => r.Values).NotEmpty().WithMessage("Give the answers.");
        RuleForEach(r => r.Texts).Must(t => t.Value is null || t.Value.Length <= 4000)
            .WithMessage("Free text can be at most 4000 characters.");
    }
}

public static class EnterRating
{
    public static async Task<Created<RatingView>> HandleAsync(
        Guid id, EnterRatingRequest request, SessionAccess sessions, AllianceDbContext db, InstrumentForms forms, RatingRecorder recorder,
        CurrentUser user, CancellationToken cancellationToken)
    {
        var (session, alreadyRated) = await sessions.GetAsync(
            id, db.Ratings.Where(r => r.Rater == request.Rater).Select(r => r.SessionId), cancellationToken);
        var form = await forms.ForAsync(request.Rater, request.InstrumentVersionId, cancellationToken);
        if (alreadyRated)
        {
            throw request.Rater == Rater.Patient
                ? RequestValidationException.For("rater", "This session already has a patient rating.")
                : RequestValidationException.For("rater", "This session already has a therapist rating.");
        }

        var rating = await recorder.RecordAsync(session, form, new RatingSubmission(
            request.Rater,
            request.Rater == Rater.Patient ? RatingSource.PaperFormEnteredByStaff : RatingSource.StaffEntry,
            request.Values ?? [],
            request.Texts ?? [],
            EnteredBy: user.RequiredId), cancellationToken);
        return TypedResults.Created($"/api/v1/sessions/{session.Id}", RatingView.ForStaff(rating)!);
    }
}
