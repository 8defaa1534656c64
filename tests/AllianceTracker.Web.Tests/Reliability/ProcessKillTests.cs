using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Tablet;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Tablet;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Reliability;

/// <summary>
/// The service killed with SIGKILL while tablets submit, then started again on the same database. The tablets do
/// what the tablet page does: each keeps its answers under its own submission id and sends them again after any
/// failure until the service acknowledges them. The service runs as a process of its own in the Production
/// environment; the demo data is on only because it holds the staff accounts that hand the sessions over.
/// </summary>
[NonParallelizable]
public class ProcessKillTests
{
    private const int Patients = 8;
    private const int SessionsPerPatient = 5;
    private const int AcknowledgedBeforeKill = 10;
    // the restart alone may take up to ServiceProcess's start limit of two minutes on a loaded machine
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(3);

    // A claim left behind by the killed process blocks its submission's retries this long (120 s in production).
    private static readonly Dictionary<string, string?> Settings = new() { ["Tablet:AbandonedClaimSeconds"] = "10" };

    [Test]
    public async Task A_kill_during_tablet_submissions_loses_nothing_and_doubles_nothing_after_the_restart()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        using var service = await ServiceProcess.StartAsync(database, Settings);
        using var tabletClient = service.CreateClient();
        var (patientIds, tablets) = await HandOverAsync(service, database, tabletClient);

        using var deadline = new CancellationTokenSource(LoadLimit);
        var load = new SubmissionLoad(AcknowledgedBeforeKill);
        var submitting = tablets.Select(t => t.SubmitUntilAcknowledgedAsync(tabletClient, load, deadline.Token)).ToList();
        await load.EnoughAcknowledged.Task.WaitAsync(deadline.Token);
        var (acknowledgedAtKill, inFlightAtKill) = (load.Acknowledged.Count, load.InFlight);
        service.Kill();
        var clock = Stopwatch.StartNew();
        await service.StartAgainAsync();
        var restartTime = clock.Elapsed;
        await Task.WhenAll(submitting);
        var allAcknowledgedAfter = clock.Elapsed;

        await using var db = database.NewDbContext();
        var ids = tablets.Select(t => t.Redeemed.SubmissionId).ToList();
        var stored = await db.Ratings.Where(r => r.SubmissionId != null && ids.Contains(r.SubmissionId.Value))
            .GroupBy(r => r.SubmissionId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count);
        var ratingsOfThesePatients = await db.Ratings.CountAsync(r => patientIds.Contains(r.PatientId));
        var unfinishedClaims = await db.IdempotencyRecords.CountAsync(r => r.Scope == TabletSubmissions.Scope && r.ResponseJson == null);
        var retried = tablets.Where(t => t.Attempts > 1).ToList();
        await TestContext.Out.WriteLineAsync(
            $"{tablets.Count} tablets; killed after {acknowledgedAtKill} acknowledgements with {inFlightAtKill} submissions in flight; " +
            $"{retried.Count} tablets retried ({retried.Sum(t => t.Attempts - 1)} retries); ready again {restartTime.TotalSeconds:0.0} s " +
            $"and every tablet acknowledged {allAcknowledgedAfter.TotalSeconds:0.0} s after the kill.");

        Assert.Multiple(() =>
        {
            Assert.That(tablets.Where(t => t.Acknowledgement is null).Select(t => t.LastFailure), Is.Empty, "every tablet acknowledged in the end");
            Assert.That(tablets.Where(t => t.Acknowledgement?.SubmissionId != t.Redeemed.SubmissionId), Is.Empty, "each acknowledgement is for its own submission");
            Assert.That(ids.Where(id => stored.GetValueOrDefault(id) != 1), Is.Empty, "every submission stored exactly once");
            Assert.That(retried.Where(t => stored.GetValueOrDefault(t.Redeemed.SubmissionId) != 1), Is.Empty, "every retried submission stored exactly once");
            Assert.That(ratingsOfThesePatients, Is.EqualTo(tablets.Count), "no rating beyond the tablets' own");
            Assert.That(unfinishedClaims, Is.Zero, "no submission left half-claimed");
            Assert.That(tablets.Sum(t => t.ServerErrors), Is.Zero, "no submission answered with a server error, before the kill or after");
            Assert.That(acknowledgedAtKill, Is.LessThan(tablets.Count), "the kill came while submissions were still to be acknowledged");
        });
    }

    /// <summary>Sessions handed over and redeemed, each on its own tablet, before the load starts.</summary>
    private static async Task<(List<Guid> PatientIds, List<RetryingTablet> Tablets)> HandOverAsync(ServiceProcess service, TestDatabase database, HttpClient tabletClient)
    {
        using var staff = service.CreateClient();
        await staff.SignInAsync(TabletTestSupport.Therapist);
        await using var db = database.NewDbContext();
        var wardId = await db.FirstWardIdAsync();
        var (patientIds, tablets) = (new List<Guid>(), new List<RetryingTablet>());
        for (var p = 0; p < Patients; p++)
        {
            var patient = await staff.RegisterPatientAsync(wardId, $"Tablet patient {p + 1}");
            patientIds.Add(patient.Id);
            for (var s = 0; s < SessionsPerPatient; s++)
            {
                var session = await staff.LogSessionAsync(patient.Id, DateTimeOffset.UtcNow.AddHours(-1 - s));
                var issued = await staff.IssueCodeAsync(session.Id);
                var redeemed = await tabletClient.RedeemAsync(issued.Code, Guid.NewGuid());
                var form = await tabletClient.FormAsync(redeemed.Token);
                tablets.Add(new RetryingTablet(redeemed, form.InstrumentVersionId));
            }
        }

        return (patientIds, tablets);
    }

    /// <summary>What the tablets have in flight and acknowledged; signals once enough are acknowledged to kill the service.</summary>
    private sealed class SubmissionLoad(int acknowledgedBeforeKill)
    {
        private int _inFlight;

        public TaskCompletionSource EnoughAcknowledged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ConcurrentBag<Guid> Acknowledged { get; } = [];
        public int InFlight => Volatile.Read(ref _inFlight);

        public void Sending() => Interlocked.Increment(ref _inFlight);

        public void Answered() => Interlocked.Decrement(ref _inFlight);

        public void Acknowledge(Guid submissionId)
        {
            Acknowledged.Add(submissionId);
            if (Acknowledged.Count >= acknowledgedBeforeKill)
            {
                EnoughAcknowledged.TrySetResult();
            }
        }
    }

    /// <summary>One tablet holding one patient's answers, sending them until the service acknowledges them.</summary>
    private sealed class RetryingTablet(RedeemResponse redeemed, Guid formId)
    {
        private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

        public RedeemResponse Redeemed { get; } = redeemed;
        public int Attempts { get; private set; }
        public string? LastFailure { get; private set; }
        public int ServerErrors { get; private set; }
        public SubmitResponse? Acknowledgement { get; private set; }

        public async Task SubmitUntilAcknowledgedAsync(HttpClient client, SubmissionLoad load, CancellationToken deadline)
        {
            while (!deadline.IsCancellationRequested)
            {
                Attempts++;
                load.Sending();
                try
                {
                    using var response = await client.SubmitAsync(Redeemed, formId);
                    if (response.IsSuccessStatusCode)
                    {
                        Acknowledgement = await response.ReadAsync<SubmitResponse>();
                        load.Acknowledge(Redeemed.SubmissionId);
                        return;
                    }

                    LastFailure = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}";
                    ServerErrors += response.StatusCode == HttpStatusCode.InternalServerError ? 1 : 0;
                }
                catch (HttpRequestException exception)
                {
                    LastFailure = exception.HttpRequestError.ToString();
                }
                catch (TaskCanceledException)
                {
                    LastFailure = "no answer within the client's timeout";
                }
                finally
                {
                    load.Answered();
                }

                await Task.Delay(Pause, CancellationToken.None);
            }

            LastFailure ??= "never sent";
        }
    }
}
