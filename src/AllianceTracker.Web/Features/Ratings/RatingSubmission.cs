using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Web.Features.Ratings;

/// <summary>
/// One rater's answers for one session, as entered by staff or on the tablet. Scale and choice items are
/// answered with numbers (choices with their option codes), free-text items with text.
/// </summary>
public sealed record RatingSubmission(
    Rater Rater,
    RatingSource Source,
    IReadOnlyDictionary<string, int?> Values,
    IReadOnlyDictionary<string, string?> Texts,
    Disclosure Disclosure = Disclosure.Now,
    Guid? SubmissionId = null,
    Guid? EnteredBy = null);
