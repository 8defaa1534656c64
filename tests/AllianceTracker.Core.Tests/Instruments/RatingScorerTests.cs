using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Instruments.Scoring;

namespace AllianceTracker.Core.Tests.Instruments;

public class RatingScorerTests
{
    // goal and task items run 1–5, bond items 0–4, so the 0–100 conversion is checked on two ranges.
    private static InstrumentVersion Version(bool withBond = true)
    {
        var version = new InstrumentVersion { Version = "1.0", Rater = Rater.Patient, PackJson = "{}" };
        version.Items.AddRange(
        [
            Item("g1", Subscale.Goal, 1, 5),
            Item("g2", Subscale.Goal, 1, 5),
            Item("t1", Subscale.Task, 1, 5),
            Item("t2", Subscale.Task, 1, 5),
            Item("r", Subscale.Rupture, 0, 2),
            Item("w", Subscale.FreeText, 0, 0),
        ]);
        if (withBond)
        {
            version.Items.AddRange([Item("b1", Subscale.Bond, 0, 4), Item("b2", Subscale.Bond, 0, 4)]);
        }

        return version;
    }

    private static InstrumentItem Item(string key, Subscale subscale, int min, int max) =>
        new() { Key = key, Subscale = subscale, ScaleMin = min, ScaleMax = max };

    private static Dictionary<string, int?> Answers(int? g1 = 4, int? g2 = 5, int? t1 = 2, int? t2 = 3, int? b1 = 1, int? b2 = 3, int? r = 0) =>
        new() { ["g1"] = g1, ["g2"] = g2, ["t1"] = t1, ["t2"] = t2, ["b1"] = b1, ["b2"] = b2, ["r"] = r };

    [Test]
    public void Goal_is_the_sum_of_its_items_and_placed_on_0_to_100()
    {
        var scores = RatingScorer.Score(Version(), Answers());

        // 4 + 5 = 9 of 2..10 → (9 − 2) / 8 × 100
        Assert.That(scores.GoalRaw, Is.EqualTo(9));
        Assert.That(scores.Goal100, Is.EqualTo(87.5));
    }

    [Test]
    public void Task_is_the_sum_of_its_items_and_placed_on_0_to_100()
    {
        var scores = RatingScorer.Score(Version(), Answers());

        // 2 + 3 = 5 of 2..10 → (5 − 2) / 8 × 100
        Assert.That(scores.TaskRaw, Is.EqualTo(5));
        Assert.That(scores.Task100, Is.EqualTo(37.5));
    }

    [Test]
    public void Bond_is_the_sum_of_its_items_and_placed_on_0_to_100()
    {
        var scores = RatingScorer.Score(Version(), Answers());

        // 1 + 3 = 4 of 0..8 → 4 / 8 × 100
        Assert.That(scores.BondRaw, Is.EqualTo(4));
        Assert.That(scores.Bond100, Is.EqualTo(50));
    }

    [Test]
    public void Total_is_the_sum_over_goal_task_and_bond_items()
    {
        var scores = RatingScorer.Score(Version(), Answers());

        // 9 + 5 + 4 = 18 of 4..28 → (18 − 4) / 24 × 100; the rupture answer does not count
        Assert.That(scores.TotalRaw, Is.EqualTo(18));
        Assert.That(scores.Total100, Is.EqualTo(58.333).Within(0.001));
    }

    [Test]
    public void Lowest_answers_give_0_and_highest_give_100()
    {
        var lowest = RatingScorer.Score(Version(), Answers(1, 1, 1, 1, 0, 0));
        var highest = RatingScorer.Score(Version(), Answers(5, 5, 5, 5, 4, 4));

        Assert.That(new[] { lowest.Goal100, lowest.Task100, lowest.Bond100, lowest.Total100 }, Is.All.EqualTo(0));
        Assert.That(new[] { highest.Goal100, highest.Task100, highest.Bond100, highest.Total100 }, Is.All.EqualTo(100));
        Assert.That(lowest.TotalRaw, Is.EqualTo(4));
        Assert.That(highest.TotalRaw, Is.EqualTo(28));
    }

    [Test]
    public void Middle_answers_give_50()
    {
        var scores = RatingScorer.Score(Version(), Answers(3, 3, 3, 3, 2, 2));

        Assert.That(new[] { scores.Goal100, scores.Task100, scores.Bond100, scores.Total100 }, Is.All.EqualTo(50));
    }

    [TestCase(2.0, 2.0, 10.0, 0.0)]
    [TestCase(10.0, 2.0, 10.0, 100.0)]
    [TestCase(6.0, 2.0, 10.0, 50.0)]
    [TestCase(7.0, 2.0, 10.0, 62.5)]
    public void Conversion_to_0_to_100(double raw, double lowest, double highest, double expected)
    {
        Assert.That(RatingScorer.ToHundred(raw, lowest, highest), Is.EqualTo(expected));
    }

    [Test]
    public void Conversion_needs_a_range()
    {
        Assert.Throws<ArgumentException>(() => RatingScorer.ToHundred(3, 5, 5));
    }

    [Test]
    public void A_missing_item_leaves_its_subscale_and_the_total_empty_but_not_the_others()
    {
        var absent = Answers();
        absent.Remove("g2");

        var scores = RatingScorer.Score(Version(), absent);
        var explicitNull = RatingScorer.Score(Version(), Answers(g2: null));

        foreach (var result in new[] { scores, explicitNull })
        {
            Assert.That(result.GoalRaw, Is.Null);
            Assert.That(result.Goal100, Is.Null);
            Assert.That(result.TotalRaw, Is.Null);
            Assert.That(result.Total100, Is.Null);
            Assert.That(result.TaskRaw, Is.EqualTo(5));
            Assert.That(result.BondRaw, Is.EqualTo(4));
        }
    }

    [Test]
    public void A_subscale_the_version_has_no_items_for_has_no_score()
    {
        var answers = Answers();
        answers.Remove("b1");
        answers.Remove("b2");

        var scores = RatingScorer.Score(Version(withBond: false), answers);

        Assert.That(scores.BondRaw, Is.Null);
        Assert.That(scores.Bond100, Is.Null);
        Assert.That(scores.TotalRaw, Is.EqualTo(14), "goal 9 + task 5");
        Assert.That(scores.Total100, Is.EqualTo(62.5), "(14 − 4) / (20 − 4)");
    }

    [Test]
    public void An_unknown_item_cannot_be_scored()
    {
        var answers = Answers();
        answers["g3"] = 2;

        var exception = Assert.Throws<RatingAnswersException>(() => RatingScorer.Score(Version(), answers));

        Assert.That(exception.Errors.Single().ItemKey, Is.EqualTo("g3"));
        Assert.That(exception.Errors.Single().Kind, Is.EqualTo(AnswerErrorKind.UnknownItem));
    }

    [Test]
    public void A_value_outside_the_items_scale_cannot_be_scored()
    {
        var exception = Assert.Throws<RatingAnswersException>(() => RatingScorer.Score(Version(), Answers(b1: 5, r: 3)));

        Assert.That(exception.Errors.Select(error => (error.ItemKey, error.Kind)), Is.EquivalentTo(new[]
        {
            ("b1", AnswerErrorKind.OutOfScale), ("r", AnswerErrorKind.OutOfScale),
        }));
        Assert.That(exception.Message, Does.Contain("item 'b1'").And.Contain("0–4"));
    }

    [Test]
    public void The_default_instrument_scores_all_threes_as_the_middle()
    {
        var version = InstrumentPackMapper.ToInstrument(BuiltInInstruments.BordinAllianceCheck.Load(), DateTimeOffset.UnixEpoch).Versions[0];
        var answers = version.Items.Where(item => PackSubscales.IsScored(item.Subscale)).ToDictionary(item => item.Key, _ => (int?)3);
        answers["goal1"] = 5;

        var scores = RatingScorer.Score(version, answers);

        // goal 5 + 3 = 8 of 2..10 → 75; total 20 of 6..30 → 14 / 24
        Assert.That(scores.GoalRaw, Is.EqualTo(8));
        Assert.That(scores.Goal100, Is.EqualTo(75));
        Assert.That(scores.Task100, Is.EqualTo(50));
        Assert.That(scores.Bond100, Is.EqualTo(50));
        Assert.That(scores.TotalRaw, Is.EqualTo(20));
        Assert.That(scores.Total100, Is.EqualTo(58.333).Within(0.001));
    }
}
