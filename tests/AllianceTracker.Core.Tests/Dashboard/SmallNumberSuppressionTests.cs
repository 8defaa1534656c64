using AllianceTracker.Core.Dashboard;

namespace AllianceTracker.Core.Tests.Dashboard;

public class SmallNumberSuppressionTests
{
    private static readonly MetricDefinition Count = new("count", "g", "Count", "n", MetricKind.Count, "k");
    private static readonly MetricDefinition Median = new("median", "g", "Median", "h", MetricKind.Median, "s");

    private static IReadOnlyList<RawFigure> Row(params int[] patients) => [.. patients.Select(p => new RawFigure(p, p))];

    [Test]
    public void Fewer_than_five_patients_is_hidden_and_five_is_shown()
    {
        var hidden = SmallNumberSuppression.Apply([Median], [Row(4, 5, 9, 9)]);

        Assert.That(hidden[0], Is.EqualTo(new[] { true, false, false, false }));
    }

    [Test]
    public void One_hidden_bucket_beside_a_shown_total_hides_the_smallest_other_bucket()
    {
        // buckets 3, 8, 6 patients; total 12; previous 10. Total − 8 − 6 would give the hidden bucket away.
        var hidden = SmallNumberSuppression.Apply([Count], [Row(3, 8, 6, 12, 10)]);

        Assert.That(hidden[0], Is.EqualTo(new[] { true, false, true, false, false }));
    }

    [Test]
    public void Medians_cannot_be_subtracted_so_nothing_more_is_hidden()
    {
        var hidden = SmallNumberSuppression.Apply([Median], [Row(3, 8, 6, 12, 10)]);

        Assert.That(hidden[0], Is.EqualTo(new[] { true, false, false, false, false }));
    }

    [Test]
    public void One_hidden_part_beside_a_shown_whole_hides_the_smallest_other_part()
    {
        var whole = new MetricDefinition("whole", "g", "Whole", "r", MetricKind.PerHundredBedDays, "a:");
        var parts = Enumerable.Range(1, 3).Select(i => new MetricDefinition($"part{i}", "g", $"Part {i}", "r", MetricKind.PerHundredBedDays, $"a:{i}:", Parent: "whole")).ToList();

        // one bucket; columns: bucket, total, previous
        var hidden = SmallNumberSuppression.Apply([whole, .. parts], [Row(15, 15, 0), Row(2, 2, 0), Row(7, 7, 0), Row(6, 6, 0)]);

        Assert.Multiple(() =>
        {
            Assert.That(hidden[1][0] && hidden[1][1], Is.True);
            Assert.That(hidden[3][0] && hidden[3][1], Is.True, "the part with 6 patients goes with the one with 2");
            Assert.That(hidden[2][0] || hidden[2][1], Is.False);
            Assert.That(hidden[0][0] || hidden[0][1], Is.False);
        });
    }

    [Test]
    public void A_lone_hidden_part_hides_its_whole()
    {
        var whole = new MetricDefinition("whole", "g", "Whole", "r", MetricKind.PerHundredBedDays, "a:");
        var part = new MetricDefinition("part", "g", "Part", "r", MetricKind.PerHundredBedDays, "a:1:", Parent: "whole");

        // the whole has more patients than its only visible figures, e.g. through a hidden part
        var hidden = SmallNumberSuppression.Apply([whole, part], [Row(6, 6, 6), Row(3, 3, 3)]);

        Assert.That(hidden[0], Is.EqualTo(new[] { true, true, true }));
    }
}
