using AllianceTracker.Core.Flags;
using static AllianceTracker.Core.Tests.Flags.Build;

namespace AllianceTracker.Core.Tests.Flags;

public class AlertBudgetTests
{
    private static readonly Guid WardA = Id(501);
    private static readonly Guid WardB = Id(502);
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private sealed record Item(string Name, FlagSeverity Severity, Guid Ward, DateOnly Day);

    private static BudgetedFlags<Item> Arrange(int budget, params Item[] items) =>
        AlertBudget.Arrange(items, i => i.Severity, i => new WardDay(i.Ward, i.Day), _ => budget);

    private static Item Low(string name, DateOnly day, Guid? ward = null) => new(name, FlagSeverity.Low, ward ?? WardA, day);

    [Test]
    public void Low_flags_up_to_the_budget_are_shown_one_by_one()
    {
        var arranged = Arrange(2, Low("a", Monday), Low("b", Monday));

        Assert.That(arranged.OneByOne.Select(i => i.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(arranged.Digests, Is.Empty);
    }

    [Test]
    public void One_low_flag_above_the_budget_turns_the_whole_day_into_one_digest()
    {
        var arranged = Arrange(2, Low("a", Monday), Low("b", Monday), Low("c", Monday));

        Assert.That(arranged.OneByOne, Is.Empty);
        var digest = arranged.Digests.Single();
        Assert.That(digest.Day, Is.EqualTo(new WardDay(WardA, Monday)));
        Assert.That(digest.Flags.Select(i => i.Name), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void A_budget_of_zero_always_groups_low_flags()
    {
        var arranged = Arrange(0, Low("a", Monday));

        Assert.That(arranged.OneByOne, Is.Empty);
        Assert.That(arranged.Digests.Single().Flags, Has.Count.EqualTo(1));
    }

    [Test]
    public void Medium_and_high_flags_are_never_grouped_however_many_there_are()
    {
        var items = Enumerable.Range(0, 5).Select(i => new Item($"m{i}", FlagSeverity.Medium, WardA, Monday))
            .Append(new Item("h", FlagSeverity.High, WardA, Monday)).ToArray();

        var arranged = Arrange(0, items);

        Assert.That(arranged.OneByOne, Has.Count.EqualTo(6));
        Assert.That(arranged.Digests, Is.Empty);
    }

    [Test]
    public void Each_day_and_each_ward_has_its_own_budget_and_digests_come_newest_day_first()
    {
        var tuesday = Monday.AddDays(1);
        var arranged = Arrange(1,
            Low("mon1", Monday), Low("mon2", Monday),
            Low("tue1", tuesday), Low("tue2", tuesday),
            Low("tueB", tuesday, WardB),
            new Item("high", FlagSeverity.High, WardA, Monday));

        Assert.That(arranged.OneByOne.Select(i => i.Name), Is.EqualTo(new[] { "tueB", "high" }));
        Assert.That(arranged.Digests.Select(d => d.Day.Day), Is.EqualTo(new[] { tuesday, Monday }));
    }

    [Test]
    public void The_budget_is_that_of_the_flags_own_ward()
    {
        var arranged = AlertBudget.Arrange(
            [Low("a1", Monday), Low("a2", Monday), Low("b1", Monday, WardB), Low("b2", Monday, WardB)],
            i => i.Severity, i => new WardDay(i.Ward, i.Day), ward => ward == WardA ? 2 : 1);

        Assert.That(arranged.OneByOne.Select(i => i.Name), Is.EqualTo(new[] { "a1", "a2" }));
        Assert.That(arranged.Digests.Single().Day.WardId, Is.EqualTo(WardB));
    }

    [Test]
    public void The_day_is_the_wards_calendar_day_across_the_spring_clock_change()
    {
        // 29 March 2026: Oslo moves from UTC+1 to UTC+2 at 01:00 UTC.
        // 22:30 UTC on the 28th is 23:30 in Oslo (still the 28th); 22:30 UTC on the 29th is 00:30 on the 30th.
        var beforeChange = WardDay.Of(WardA, new DateTimeOffset(2026, 3, 28, 22, 30, 0, TimeSpan.Zero), Oslo);
        var afterChange = WardDay.Of(WardA, new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero), Oslo);

        Assert.That(beforeChange.Day, Is.EqualTo(new DateOnly(2026, 3, 28)));
        Assert.That(afterChange.Day, Is.EqualTo(new DateOnly(2026, 3, 30)));
    }
}
