using AllianceTracker.Core.Dashboard;
using static AllianceTracker.Core.Tests.Dashboard.Wards;

namespace AllianceTracker.Core.Tests.Dashboard;

public class BedDaysTests
{
    private static readonly DashboardPeriod January = new(new(2026, 1, 1), new(2026, 1, 1), new(2026, 1, 31));
    private static readonly DashboardPeriod February = new(new(2026, 2, 1), new(2026, 2, 1), new(2026, 2, 28));
    private static readonly DateTimeOffset Later = Local(2026, 6, 1);

    private static int Count(DashboardPeriod period, DateTimeOffset admitted, DateTimeOffset? discharged, DateTimeOffset? now = null) =>
        BedDays.Count([new StayInterval(Patient(1), admitted, discharged)], period, Oslo, now ?? Later);

    [Test]
    public void A_stay_across_the_end_of_a_period_counts_its_midnights_in_each()
    {
        // Admitted 30 Jan 10:00, discharged 3 Feb 09:00: in at the midnights ending 30 Jan, 31 Jan, 1 Feb and 2 Feb.
        var admitted = Local(2026, 1, 30, 10);
        var discharged = Local(2026, 2, 3, 9);

        Assert.Multiple(() =>
        {
            Assert.That(Count(January, admitted, discharged), Is.EqualTo(2));
            Assert.That(Count(February, admitted, discharged), Is.EqualTo(2));
        });
    }

    [Test]
    public void A_stay_admitted_and_discharged_the_same_day_counts_one()
    {
        Assert.That(Count(January, Local(2026, 1, 10, 8), Local(2026, 1, 10, 20)), Is.EqualTo(1));
    }

    [Test]
    public void Census_midnights_are_the_wards_not_utc()
    {
        // Discharged 00:30 Oslo on 1 Feb (23:30 UTC on 31 Jan): the patient was in at the Oslo midnight ending 31 Jan.
        Assert.That(Count(January, Local(2026, 1, 30, 10), Local(2026, 2, 1, 0, 30)), Is.EqualTo(2));
    }

    [Test]
    public void An_open_stay_counts_only_midnights_that_have_passed()
    {
        Assert.That(Count(February, Local(2026, 2, 20, 10), null, now: Local(2026, 2, 23, 15)), Is.EqualTo(3));
    }
}
