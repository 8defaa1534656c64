using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Instruments.Scoring;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Infrastructure.Errors;

namespace AllianceTracker.Web.Features.Ratings;

/// <summary>
/// Stores a rating: answers checked against the form, scores computed and kept with the instrument
/// version (which is locked from then on), and the patient's flags recomputed in the same request.
/// </summary>
public sealed class RatingRecorder(AllianceDbContext db, FlagRecomputer flags, TimeProvider clock)
{
    public const string PatientWantsItem = "wants";
    public const string WhatWeCanAgreeOnItem = "agreeOn";

    public async Task<AllianceRating> RecordAsync(
        ClinicalSession session, InstrumentVersion form, RatingSubmission submission, CancellationToken cancellationToken)
    {
        EnsureValid(form, submission.Values, submission.Texts);
        var rating = new AllianceRating
        {
            SessionId = session.Id,
            PatientId = session.PatientId,
            WardId = session.WardId,
            Rater = submission.Rater,
            EnteredBy = submission.EnteredBy,
            InstrumentVersionId = form.Id,
            Source = submission.Source,
            SubmittedAt = clock.GetUtcNow(),
            Scores = RatingScorer.Score(form, submission.Values),
            RuptureReported = Choice(form, submission, Subscale.Rupture, c => (RuptureAnswer?)ChoiceOptions.ToRuptureAnswer(c)) ?? RuptureAnswer.No,
            RuptureTalkedThrough = Choice(form, submission, Subscale.RuptureTalkedThrough, c => (bool?)ChoiceOptions.ToTalkedThrough(c)),
            MainDecisionAgreement = Choice(form, submission, Subscale.Agreement, c => (Core.Decisions.AgreementPosition?)ChoiceOptions.ToAgreementPosition(c)),
            PatientWants = Text(submission, PatientWantsItem),
            WhatWeCanAgreeOn = Text(submission, WhatWeCanAgreeOnItem),
            Disclosure = submission.Disclosure,
            SubmissionId = submission.SubmissionId,
        };
        rating.Answers.AddRange(submission.Values.Select(a => new RatingAnswer { ItemKey = a.Key, Value = a.Value }));
        rating.Answers.AddRange(submission.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Value))
            .Select(t => new RatingAnswer { ItemKey = t.Key, Text = t.Value!.Trim() }));
        // a locked form is shared by every request (LockedFormCache), so it is never written to
        if (!form.IsLocked)
        {
            form.IsLocked = true;
        }

        db.Ratings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        await flags.RecomputeAsync(session.PatientId, cancellationToken);
        return rating;
    }

    /// <summary>Checks answers against the form; each problem is reported under "answers.{item}".</summary>
    public static void EnsureValid(
        InstrumentVersion form, IReadOnlyDictionary<string, int?> values, IReadOnlyDictionary<string, string?> texts,
        Func<AnswerError, string>? describe = null)
    {
        var errors = RatingAnswerValidator.Validate(form, values, texts);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors
                .GroupBy(e => $"answers.{e.ItemKey}")
                .ToDictionary(g => g.Key, g => g.Select(describe ?? (e => e.Message)).ToArray()));
        }
    }

    private static T? Choice<T>(InstrumentVersion form, RatingSubmission submission, Subscale subscale, Func<int, T> map)
    {
        var item = form.Items.FirstOrDefault(i => i.Subscale == subscale);
        return item is not null && submission.Values.TryGetValue(item.Key, out var code) && code is { } c ? map(c) : default;
    }

    private static string? Text(RatingSubmission submission, string key) =>
        submission.Texts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
