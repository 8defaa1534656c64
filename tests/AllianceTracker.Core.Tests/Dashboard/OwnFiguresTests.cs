using AllianceTracker.Core.Dashboard;
using static AllianceTracker.Core.Tests.Dashboard.Wards;

namespace AllianceTracker.Core.Tests.Dashboard;

public class OwnFiguresTests
{
    private static readonly DateOnly March2 = new(2026, 3, 2);

    /// <summary>The ward's and the therapist's sessions, where the therapist's patients are those numbered up to <paramref name="ownUpTo"/>.</summary>
    private static (MetricSeries Ward, MetricSeries Own) Sessions(IReadOnlyList<FactRow> facts, int ownUpTo, int weeks = 1)
    {
        var own = facts.Where(f => f.PatientId.CompareTo(Patient(ownUpTo)) <= 0).ToList();
        var metrics = MetricCatalog.For(facts.Select(f => f.Key), (code, means) => $"{code} {means}");
        var (ward, mine) = WardFigures.ComputeBeside(Data(facts), Data(own), metrics, March2, March2.AddDays(7 * weeks - 1), DashboardBucket.Week);
        return (ward.Metrics.Single(m => m.Metric.Key == MetricCatalog.Sessions), mine.Metrics.Single(m => m.Metric.Key == MetricCatalog.Sessions));
    }

    [Test]
    public void Own_figures_from_five_patients_show_beside_a_ward_whose_other_patients_are_five_or_more()
    {
        var (ward, own) = Sessions([.. SessionFacts(March2, patients: 10, ratedBy: 10)], ownUpTo: 5);

        Assert.Multiple(() =>
        {
            Assert.That(ward.Current, Is.EqualTo(new Figure(10, 10, false)));
            Assert.That(own.Current, Is.EqualTo(new Figure(5, 5, false)));
        });
    }

    [Test]
    public void Own_figures_are_hidden_when_the_rest_of_the_ward_is_fewer_than_five_patients()
    {
        // 8 on the ward, 5 of them the therapist's: the other 3 would be the difference of two shown figures.
        var (ward, own) = Sessions([.. SessionFacts(March2, patients: 8, ratedBy: 8)], ownUpTo: 5);

        Assert.Multiple(() =>
        {
            Assert.That(ward.Current, Is.EqualTo(new Figure(8, 8, false)));
            Assert.That(own.Current, Is.EqualTo(new Figure(null, null, true)));
        });
    }

    [Test]
    public void A_therapist_with_every_patient_of_the_ward_sees_the_same_figures_as_the_ward()
    {
        var (ward, own) = Sessions([.. SessionFacts(March2, patients: 6, ratedBy: 6)], ownUpTo: 6);

        Assert.That(own.Current, Is.EqualTo(ward.Current).And.EqualTo(new Figure(6, 6, false)));
    }

    [Test]
    public void Where_the_ward_hides_a_figure_the_own_figure_is_hidden_too_even_from_five_patients()
    {
        // Week 1: patients 1-5 (all the therapist's). Week 2: patients 6-9, hidden; the ward's period total (9) is shown,
        // so week 1 is hidden too. The therapist's week 1 holds the same 5 patients and would give the ward's hidden figure away.
        var facts = SessionFacts(March2, patients: 5, ratedBy: 5)
            .Concat(SessionFacts(March2.AddDays(7), patients: 9, ratedBy: 9).Where(f => f.PatientId.CompareTo(Patient(5)) > 0))
            .ToList();

        var (ward, own) = Sessions(facts, ownUpTo: 5, weeks: 2);

        Assert.Multiple(() =>
        {
            Assert.That(ward.Buckets.Select(b => b.Suppressed), Is.EqualTo(new[] { true, true }));
            Assert.That(ward.Current, Is.EqualTo(new Figure(9, 9, false)));
            Assert.That(own.Buckets[0], Is.EqualTo(new Figure(null, null, true)));
        });
    }
}
