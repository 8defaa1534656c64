using AllianceTracker.Core.Dashboard;
using static AllianceTracker.Core.Tests.Dashboard.Wards;

namespace AllianceTracker.Core.Tests.Dashboard;

public class WardFiguresTests
{
    private static readonly DateOnly March2 = new(2026, 3, 2);

    private static MetricSeries Series(WardFigures figures, string key) => figures.Metrics.Single(m => m.Metric.Key == key);

    private static WardFigures Weeks(IEnumerable<FactRow> facts, DateOnly from, DateOnly to, IEnumerable<StayInterval>? stays = null) =>
        WardFigures.Compute(Data(facts, stays), MetricCatalog.For(facts.Select(f => f.Key), (code, means) => $"{code} {means}"), from, to, DashboardBucket.Week);

    [Test]
    public void An_empty_period_shows_every_figure_as_suppressed_and_without_a_value()
    {
        var figures = Weeks([], March2, March2.AddDays(13));

        Assert.That(figures.Metrics.SelectMany(m => m.Buckets.Append(m.Current).Append(m.Previous)),
            Has.All.Property(nameof(Figure.Suppressed)).True.And.Property(nameof(Figure.Value)).Null.And.Property(nameof(Figure.Patients)).Null);
        Assert.That(figures.Buckets, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_period_with_one_patient_is_suppressed_even_with_many_sessions()
    {
        var facts = Enumerable.Range(0, 7).SelectMany(d => SessionFacts(March2.AddDays(d), patients: 1, ratedBy: 1)).ToList();

        var sessions = Series(Weeks(facts, March2, March2.AddDays(6)), MetricCatalog.Sessions);

        Assert.That(sessions.Current, Is.EqualTo(new Figure(null, null, true)));
        Assert.That(sessions.Current.Display(MetricKind.Count), Is.EqualTo("< 5"));
    }

    [Test]
    public void Five_patients_give_hand_computed_counts_and_shares()
    {
        // 5 patients, one session each on Monday and Tuesday; 3 of 5 rated each day: 6 of 10 = 60 %.
        var facts = SessionFacts(March2, 5, ratedBy: 3).Concat(SessionFacts(March2.AddDays(1), 5, ratedBy: 3)).ToList();

        var figures = Weeks(facts, March2, March2.AddDays(6));

        Assert.Multiple(() =>
        {
            Assert.That(Series(figures, MetricCatalog.Sessions).Current, Is.EqualTo(new Figure(10, 5, false)));
            Assert.That(Series(figures, "rating.rated").Current, Is.EqualTo(new Figure(60, 5, false)));
            Assert.That(Series(figures, "rating.declined").Current, Is.EqualTo(new Figure(40, 5, false)));
            Assert.That(Series(figures, "rating.rated").Current.Display(MetricKind.Ratio), Is.EqualTo("60.0"));
        });
    }

    [Test]
    public void A_patient_on_several_days_of_a_bucket_is_one_patient()
    {
        // 4 patients every day of the week: 28 sessions, but only 4 patients, so hidden.
        var facts = Enumerable.Range(0, 7).SelectMany(d => SessionFacts(March2.AddDays(d), 4, 4)).ToList();

        Assert.That(Series(Weeks(facts, March2, March2.AddDays(6)), MetricCatalog.Sessions).Current.Suppressed, Is.True);
    }

    [Test]
    public void The_period_before_is_computed_and_compared_over_the_same_number_of_days()
    {
        var facts = SessionFacts(March2.AddDays(-7), 5, 5).Concat(SessionFacts(March2, 6, 3)).ToList();

        var figures = Weeks(facts, March2, March2.AddDays(6));
        var rated = Series(figures, "rating.rated");

        Assert.Multiple(() =>
        {
            Assert.That(figures.Previous, Is.EqualTo(new DashboardPeriod(March2.AddDays(-7), March2.AddDays(-7), March2.AddDays(-1))));
            Assert.That(rated.Current.Value, Is.EqualTo(50));
            Assert.That(rated.Previous.Value, Is.EqualTo(100));
        });
    }

    [Test]
    public void The_median_rater_gap_is_of_the_individual_values()
    {
        var facts = new[] { 30.0, 40, 35, 60, 31, 33 }
            .Select((gap, i) => Fact(March2, i + 1, FactKeys.RaterGapSize, 1, gap)).ToList();

        var median = Series(Weeks(facts, March2, March2.AddDays(6)), "rater-gap.median").Current;

        Assert.That(median, Is.EqualTo(new Figure(34, 6, false)), "sorted 30 31 33 35 40 60: (33 + 35) / 2");
    }

    [Test]
    public void Autonomy_decisions_are_per_100_occupied_bed_days_and_drawn_from_the_patients_with_a_decision()
    {
        // 10 patients in for the whole week of 2–8 March: 70 bed-days; 5 patients had one §4-8 (a) decision each.
        var stays = Enumerable.Range(1, 10).Select(p => new StayInterval(Patient(p), Local(2026, 2, 1), null));
        var facts = Enumerable.Range(1, 5).Select(p => Fact(March2, p, FactKeys.Autonomy("NO-4-8", "a"))).ToList();

        var figures = Weeks(facts, March2, March2.AddDays(6), stays);

        Assert.Multiple(() =>
        {
            Assert.That(Series(figures, MetricCatalog.AutonomyRate).Current, Is.EqualTo(new Figure(7.1, 5, false)), "100 × 5 / 70");
            Assert.That(Series(figures, "autonomy.rate.NO-4-8").Current, Is.EqualTo(new Figure(7.1, 5, false)));
            Assert.That(Series(figures, "autonomy.rate.NO-4-8.a").Metric.Parent, Is.EqualTo("autonomy.rate.NO-4-8"));
        });
    }

    [Test]
    public void Rupture_episodes_open_at_the_end_of_each_bucket_are_a_snapshot()
    {
        var episodes = new[]
        {
            new EpisodeInterval(Patient(1), Local(2026, 3, 3), Local(2026, 3, 10)),
            new EpisodeInterval(Patient(2), Local(2026, 3, 4), null),
        };
        var data = Data([]) with { RuptureEpisodes = episodes };

        var figures = WardFigures.Compute(data, MetricCatalog.Fixed, March2, March2.AddDays(13), DashboardBucket.Week);
        var calculator = new DashboardCalculator(data);

        Assert.Multiple(() =>
        {
            Assert.That(calculator.Compute(Metric("ruptures.open"), figures.Buckets[0]), Is.EqualTo(new RawFigure(2, 2)));
            Assert.That(calculator.Compute(Metric("ruptures.open"), figures.Buckets[1]), Is.EqualTo(new RawFigure(1, 1)));
            Assert.That(Series(figures, "ruptures.open").Buckets, Has.All.Property(nameof(Figure.Suppressed)).True);
        });
    }
}
