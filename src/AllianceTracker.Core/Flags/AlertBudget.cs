using AllianceTracker.Core.Dashboard;

namespace AllianceTracker.Core.Flags;

/// <summary>
/// Keeps the important flags from being drowned: medium and high flags are shown one by one, and so are a ward day's
/// low-severity flags up to the ward's budget; a day with more low-severity flags than that is shown as one digest.
/// </summary>
public static class AlertBudget
{
    public static BudgetedFlags<T> Arrange<T>(
        IEnumerable<T> flags, Func<T, FlagSeverity> severityOf, Func<T, WardDay> dayOf, Func<Guid, int> budgetOfWard)
    {
        var ordered = flags.ToList();
        var overBudget = ordered.Where(f => severityOf(f) == FlagSeverity.Low)
            .GroupBy(dayOf)
            .Where(day => day.Count() > budgetOfWard(day.Key.WardId))
            .ToList();
        var digested = overBudget.SelectMany(day => day).ToHashSet();

        return new BudgetedFlags<T>(
            ordered.Where(f => !digested.Contains(f)).ToList(),
            overBudget.OrderByDescending(day => day.Key.Day).ThenBy(day => day.Key.WardId)
                .Select(day => new FlagDigest<T>(day.Key, day.ToList())).ToList());
    }
}

/// <summary>A calendar day on one ward's clock.</summary>
public readonly record struct WardDay(Guid WardId, DateOnly Day)
{
    public static WardDay Of(Guid wardId, DateTimeOffset at, string timeZoneId) =>
        new(wardId, WardClock.LocalDay(at, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)));
}

/// <summary>One ward day's low-severity flags, shown as one entry with a count.</summary>
public sealed record FlagDigest<T>(WardDay Day, IReadOnlyList<T> Flags);

/// <summary>The flags shown one by one, in the order given, and the digests, newest day first.</summary>
public sealed record BudgetedFlags<T>(IReadOnlyList<T> OneByOne, IReadOnlyList<FlagDigest<T>> Digests);
