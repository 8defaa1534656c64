using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Instruments.Scoring;

/// <summary>
/// Computes goal, task, bond and total scores from one rater's answers.
/// A subscale's raw score is the sum of its items; the total is the sum over all goal, task and
/// bond items. Each is also given on 0–100: (raw − lowest possible) / (highest − lowest) × 100.
/// A score is null when any of its items is unanswered (skipped optional items included), so a
/// score always covers the same items and scores stay comparable across sessions.
/// </summary>
public static class RatingScorer
{
    /// <exception cref="RatingAnswersException">An answer names an unknown item or lies outside its item's range.</exception>
    public static RatingScores Score(InstrumentVersion version, IReadOnlyDictionary<string, int?> answers)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(answers);

        var errors = StructuralErrors(version, answers);
        if (errors.Count > 0)
        {
            throw new RatingAnswersException(errors);
        }

        var goal = ScoreOf(version.Items.Where(item => item.Subscale == Subscale.Goal), answers);
        var task = ScoreOf(version.Items.Where(item => item.Subscale == Subscale.Task), answers);
        var bond = ScoreOf(version.Items.Where(item => item.Subscale == Subscale.Bond), answers);
        var total = ScoreOf(version.Items.Where(item => PackSubscales.IsScored(item.Subscale)), answers);

        return new RatingScores
        {
            GoalRaw = goal?.Raw,
            TaskRaw = task?.Raw,
            BondRaw = bond?.Raw,
            TotalRaw = total?.Raw,
            Goal100 = goal?.OnHundred,
            Task100 = task?.OnHundred,
            Bond100 = bond?.OnHundred,
            Total100 = total?.OnHundred,
        };
    }

    /// <summary>Places a raw score on 0–100 between the lowest and highest score possible.</summary>
    public static double ToHundred(double raw, double lowestPossible, double highestPossible)
    {
        if (highestPossible <= lowestPossible)
        {
            throw new ArgumentException("The highest possible score must exceed the lowest.", nameof(highestPossible));
        }

        return (raw - lowestPossible) / (highestPossible - lowestPossible) * 100;
    }

    private static SubscaleScore? ScoreOf(IEnumerable<InstrumentItem> items, IReadOnlyDictionary<string, int?> answers)
    {
        var scored = items.ToList();
        if (scored.Count == 0 || scored.Any(item => answers.GetValueOrDefault(item.Key) is null))
        {
            return null;
        }

        double raw = scored.Sum(item => answers[item.Key]!.Value);
        double lowest = scored.Sum(item => item.ScaleMin);
        double highest = scored.Sum(item => item.ScaleMax);
        return new SubscaleScore(raw, ToHundred(raw, lowest, highest));
    }

    /// <summary>The errors that make scoring impossible; missing answers are not among them.</summary>
    internal static List<AnswerError> StructuralErrors(InstrumentVersion version, IReadOnlyDictionary<string, int?> answers)
    {
        var errors = new List<AnswerError>();
        foreach (var (key, value) in answers)
        {
            var item = version.Items.FirstOrDefault(candidate => candidate.Key == key);
            if (item is null)
            {
                errors.Add(new AnswerError(key, AnswerErrorKind.UnknownItem, $"this instrument version ({version.Version}, {version.Rater}) has no such item."));
            }
            else if (item.Subscale == Subscale.FreeText && value is not null)
            {
                errors.Add(new AnswerError(key, AnswerErrorKind.WrongAnswerType, "a free-text item is answered with text, not a number."));
            }
            else if (value is { } number && (number < item.ScaleMin || number > item.ScaleMax))
            {
                errors.Add(new AnswerError(key, AnswerErrorKind.OutOfScale, $"{number} is outside the item's range {item.ScaleMin}–{item.ScaleMax}."));
            }
        }

        return errors;
    }

    private sealed record SubscaleScore(double Raw, double OnHundred);
}
