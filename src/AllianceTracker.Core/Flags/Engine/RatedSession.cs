namespace AllianceTracker.Core.Flags.Engine;

/// <summary>A session together with one rater's rating of it.</summary>
internal sealed record RatedSession(SessionPoint Session, RatingPoint Rating);
