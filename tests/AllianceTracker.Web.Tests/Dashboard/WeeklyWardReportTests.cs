using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Dashboard;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Dashboard;

public class WeeklyWardReportTests(DatabaseProvider provider) : AppFixture(provider)
{
    private async Task<int> RunAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklyWardReports>().RunAsync(CancellationToken.None);
    }

    [Test]
    public async Task The_job_is_idempotent_and_catches_up_missed_weeks()
    {
        await RunAsync();
        await using var db = App.NewDbContext();
        var wards = await db.Wards.CountAsync();
        var before = await db.WardReports.CountAsync();

        var again = await RunAsync();

        var ward = await db.Wards.OrderBy(w => w.Name).FirstAsync();
        var lastTwo = await db.WardReports.Where(r => r.WardId == ward.Id).OrderByDescending(r => r.WeekStart).Take(2).ToListAsync();
        db.WardReports.RemoveRange(lastTwo);
        await db.SaveChangesAsync();

        var caughtUp = await RunAsync();
        var weeks = await db.WardReports.Where(r => r.WardId == ward.Id).Select(r => r.WeekStart).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(wards * WeeklyWardReports.CatchUpWeeks));
            Assert.That(again, Is.Zero);
            Assert.That(caughtUp, Is.EqualTo(2));
            Assert.That(weeks, Does.Contain(lastTwo[0].WeekStart).And.Contain(lastTwo[1].WeekStart).And.Count.EqualTo(WeeklyWardReports.CatchUpWeeks));
            Assert.That(weeks, Has.All.Matches<DateOnly>(w => w.DayOfWeek == DayOfWeek.Monday));
        });
    }

    [Test]
    public async Task A_manager_lists_and_downloads_the_reports_of_their_ward()
    {
        await RunAsync();
        using var client = await App.SignInAsync("manager@demo.example");
        var ward = (await (await client.GetAsync("/api/v1/wards")).ReadAsync<List<WardView>>())[0];

        var reports = await (await client.GetAsync($"/api/v1/wards/{ward.Id}/reports")).ReadAsync<List<WardReportView>>();
        using var pdf = await client.GetAsync(reports[0].Url);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reports, Has.Count.EqualTo(WeeklyWardReports.CatchUpWeeks));
            Assert.That(reports.Select(r => r.WeekStart), Is.Ordered.Descending);
            Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(bytes[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        });
    }
}
