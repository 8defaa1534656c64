using AllianceTracker.Core.Dashboard;

namespace AllianceTracker.Core.Tests.Dashboard;

public class DashboardPeriodsTests
{
    [Test]
    public void Weeks_start_on_monday_and_are_cut_to_the_period()
    {
        var buckets = DashboardPeriods.Buckets(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 17), DashboardBucket.Week);

        Assert.That(buckets, Is.EqualTo(new[]
        {
            new DashboardPeriod(new(2026, 3, 2), new(2026, 3, 4), new(2026, 3, 8)),
            new DashboardPeriod(new(2026, 3, 9), new(2026, 3, 9), new(2026, 3, 15)),
            new DashboardPeriod(new(2026, 3, 16), new(2026, 3, 16), new(2026, 3, 17)),
        }));
    }

    [Test]
    public void Months_start_on_the_first()
    {
        var buckets = DashboardPeriods.Buckets(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 31), DashboardBucket.Month);

        Assert.That(buckets.Select(b => (b.Start, b.From, b.To)), Is.EqualTo(new[]
        {
            (new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 31)),
            (new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)),
            (new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
        }));
    }

    [Test]
    public void The_period_before_whole_months_is_as_many_whole_months()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DashboardPeriods.Previous(new(2026, 3, 1), new(2026, 4, 30)),
                Is.EqualTo(new DashboardPeriod(new(2026, 1, 1), new(2026, 1, 1), new(2026, 2, 28))));
            Assert.That(DashboardPeriods.Previous(new(2026, 3, 4), new(2026, 3, 10)),
                Is.EqualTo(new DashboardPeriod(new(2026, 2, 25), new(2026, 2, 25), new(2026, 3, 3))));
        });
    }
}
