using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Summaries;
using AllianceTracker.Web.Infrastructure.Database;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AllianceTracker.Web.Tests.Summaries.SummaryTestData;

namespace AllianceTracker.Web.Tests.Summaries;

public class SummaryBatchTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task A_batch_stores_one_document_per_discharged_patient_once_however_often_it_runs()
    {
        var wardId = await WardAsync();
        var day = new DateOnly(2001, 3, 14);
        var discharged = await App.AddDischargedPatientAsync(wardId, day, Therapist);
        var outside = await App.AddDischargedPatientAsync(wardId, day.AddDays(2), Therapist);
        var managerId = await App.UserIdAsync(Manager);
        using var client = await App.SignInAsync(Manager);

        using var response = await client.PostAsJsonAsync("/api/v1/summary-batches",
            new { wardId, dischargedFrom = "2001-03-13", dischargedTo = "2001-03-14", audience = "clinical" });
        var requestId = await IdOfAsync(response);
        await RunJobAsync(requestId);
        await RunJobAsync(requestId);
        var finished = await StatusWhenFinishedAsync(requestId);
        var status = await client.GetFromJsonAsync<JsonElement>($"/api/v1/summary-batches/{requestId}");
        await using var db = App.NewDbContext();
        var documents = await db.SummaryDocuments.Where(d => d.PatientId == discharged || d.PatientId == outside).ToListAsync();
        var audited = await db.AuditEvents.Where(a => a.Resource == SummaryBatchJob.AuditResource && a.PatientId == discharged).ToListAsync();
        var episodeId = await db.Episodes.Where(e => e.PatientId == discharged).Select(e => e.Id).SingleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/summary-batches/{requestId}"));
            Assert.That(finished, Is.EqualTo(SummaryBatchStatus.Done));
            Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("done"));
            Assert.That(status.GetProperty("documentCount").GetInt32(), Is.EqualTo(1));
            Assert.That(documents, Has.Count.EqualTo(1));
            Assert.That(documents[0].PatientId, Is.EqualTo(discharged));
            Assert.That(documents[0].Id, Is.EqualTo(SummaryBatchJob.DocumentIdFor(requestId, episodeId)));
            Assert.That(documents[0].GeneratedBy, Is.EqualTo(managerId));
            Assert.That(documents[0].Audience, Is.EqualTo(SummaryAudience.Clinical));
            Assert.That(documents[0].Version, Is.EqualTo(1));
            Assert.That((documents[0].PeriodFrom, documents[0].PeriodTo), Is.EqualTo((day.AddDays(-20), day)));
            Assert.That(audited.Select(a => (a.UserId, a.Action, a.ResourceId)),
                Is.EqualTo(new[] { ((Guid?)managerId, AuditAction.Export, documents[0].Id.ToString()) }));
        });
    }

    [Test]
    public async Task An_unfinished_batch_is_taken_up_again_at_start_up()
    {
        var wardId = await WardAsync();
        var discharged = await App.AddDischargedPatientAsync(wardId, new DateOnly(2002, 5, 6), Therapist);
        var request = new SummaryBatchRequest
        {
            WardId = wardId,
            Audience = SummaryAudience.Patient,
            DischargedFrom = new DateOnly(2002, 5, 6),
            DischargedTo = new DateOnly(2002, 5, 6),
            RequestedBy = await App.UserIdAsync(Manager),
            RequestedAt = DateTimeOffset.UtcNow,
            Status = SummaryBatchStatus.Running,
        };
        await using (var db = App.NewDbContext())
        {
            db.SummaryBatchRequests.Add(request);
            await db.SaveChangesAsync();
        }

        using (var scope = App.Services.CreateScope())
        {
            var resume = scope.ServiceProvider.GetServices<IStartupTask>().Single(t => t.GetType().Name == "ResumeSummaryBatches");
            await resume.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var status = await StatusWhenFinishedAsync(request.Id);
        await using var check = App.NewDbContext();
        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo(SummaryBatchStatus.Done));
            Assert.That(await check.SummaryDocuments.CountAsync(d => d.PatientId == discharged), Is.EqualTo(1));
        });
    }

    [TestCase("""{"wardId":"WARD","dischargedFrom":"2001-01-02","dischargedTo":"2001-01-01","audience":"patient"}""", "dischargedTo")]
    [TestCase("""{"wardId":"WARD","dischargedFrom":"1.1.2001","dischargedTo":"2001-01-01","audience":"patient"}""", "dischargedFrom")]
    [TestCase("""{"wardId":"WARD","dischargedFrom":"2001-01-01","dischargedTo":"2001-01-01","audience":"family"}""", "audience")]
    [TestCase("""{"wardId":"00000000-0000-0000-0000-000000000001","dischargedFrom":"2001-01-01","dischargedTo":"2001-01-01"}""", "wardId")]
    public async Task An_invalid_batch_request_is_a_400_problem_that_names_the_field(string body, string field)
    {
        var wardId = await WardAsync();
        using var client = await App.SignInAsync(Manager);

        using var response = await client.PostAsync("/api/v1/summary-batches",
            new StringContent(body.Replace("WARD", wardId.ToString(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.RootElement.ToString());
        });
    }

    [Test]
    public async Task A_therapist_may_not_request_a_batch()
    {
        var wardId = await WardAsync();
        using var client = await App.SignInAsync(Therapist);

        using var response = await client.PostAsJsonAsync("/api/v1/summary-batches",
            new { wardId, dischargedFrom = "2001-01-01", dischargedTo = "2001-01-31", audience = "patient" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<Guid> WardAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Wards.OrderBy(w => w.Name).Select(w => w.Id).FirstAsync();
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Runs the job as Hangfire would, through the container. Hangfire's own worker may be running it at the same time.</summary>
    private async Task RunJobAsync(Guid requestId)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SummaryBatchJob>().RunAsync(requestId, CancellationToken.None);
    }

    private async Task<SummaryBatchStatus> StatusWhenFinishedAsync(Guid requestId)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            await using var db = App.NewDbContext();
            var status = await db.SummaryBatchRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync();
            if (status is SummaryBatchStatus.Done or SummaryBatchStatus.Failed)
            {
                return status;
            }

            await Task.Delay(250);
        }

        return SummaryBatchStatus.Running;
    }
}
