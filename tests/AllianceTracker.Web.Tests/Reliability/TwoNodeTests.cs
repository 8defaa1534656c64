using System.Net;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Summaries;
using AllianceTracker.Web.Features.Tablet;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Tablet;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AllianceTracker.Web.Tests.Reliability;

/// <summary>
/// Two nodes of the service, each a process of its own in the Production environment with its own Hangfire
/// server, on one PostgreSQL database, as behind a load balancer. Node A starts first and applies the migrations.
/// </summary>
[NonParallelizable]
public class TwoNodeTests
{
    private const int DeviceAttempts = 3;
    private const int GlobalAttempts = 6;
    private const string WrongCode = "000000";
    private static readonly TimeSpan JobLimit = TimeSpan.FromSeconds(90);

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Tablet:DeviceAttemptsPerWindow"] = DeviceAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Tablet:GlobalAttemptsPerWindow"] = GlobalAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),

        // the admin who requests the jobs signs in with a password alone; two-step sign-in has its own tests
        ["Security:Mfa:Enforce"] = "false",
    };

    private TestDatabase? _database;
    private ServiceProcess? _a;
    private ServiceProcess? _b;

    private TestDatabase Database => _database ?? throw new InvalidOperationException("The database has not been made.");
    private ServiceProcess A => _a ?? throw new InvalidOperationException("Node A has not started.");
    private ServiceProcess B => _b ?? throw new InvalidOperationException("Node B has not started.");

    [OneTimeSetUp]
    public async Task StartTwoNodes()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        _a = await ServiceProcess.StartAsync(_database, Settings);
        _b = await ServiceProcess.StartAsync(_database, Settings);
    }

    [OneTimeTearDown]
    public void StopTwoNodes()
    {
        _a?.Dispose();
        _b?.Dispose();
        _database?.Dispose();
    }

    [Test]
    public async Task A_sign_in_cookie_and_antiforgery_token_issued_by_node_A_are_accepted_by_node_B()
    {
        var jar = new CookieContainer();
        using var onA = A.CreateClient(jar);
        await onA.SignInAsync(TabletTestSupport.Therapist);
        using var onB = B.CreateClient(jar);
        onB.DefaultRequestHeaders.Add(StaffSignIn.AntiforgeryHeader, onA.DefaultRequestHeaders.GetValues(StaffSignIn.AntiforgeryHeader));
        using var anonymousOnB = B.CreateClient();
        await using var db = Database.NewDbContext();

        using var read = await onB.GetAsync("/api/v1/patients");
        var written = await onB.RegisterPatientAsync(await db.FirstWardIdAsync(), "Registered on node B");
        using var refused = await anonymousOnB.GetAsync("/api/v1/patients");

        Assert.Multiple(() =>
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(written.Id, Is.Not.EqualTo(Guid.Empty), "a change made on B with A's cookie and antiforgery token");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "B does check: without the cookie it refuses");
        });
    }

    [Test]
    public async Task Jobs_enqueued_on_node_A_each_run_exactly_once_across_both_nodes_Hangfire_servers()
    {
        const int batches = 6;
        using var admin = A.CreateClient();
        await admin.SignInAsync("admin@demo.example");
        await using var db = Database.NewDbContext();
        var wardId = await db.FirstWardIdAsync();
        var requested = new List<Guid>();
        for (var i = 0; i < batches; i++)
        {
            using var response = await admin.PostJsonAsync("/api/v1/summary-batches", new
            {
                wardId, dischargedFrom = $"2025-0{i + 1}-01", dischargedTo = $"2025-0{i + 1}-28", audience = "patient",
            });
            requested.Add((await response.ReadAsync<SummaryBatchView>()).Id);
        }

        await WaitUntilDoneAsync(requested);
        var servers = (await HangfireRowsAsync("SELECT id, NULL FROM hangfire.server")).Select(r => r.First).ToList();
        var runs = new List<(Guid Batch, int Processing, int Succeeded, string? Server)>();
        foreach (var batch in requested)
        {
            // the job's arguments hold nothing but the batch's id; each start of a job adds a Processing state
            var states = (await HangfireRowsAsync(
                "SELECT s.name, s.data->>'ServerId' FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid WHERE j.arguments::text LIKE '%' || @batch || '%'",
                batch.ToString())).Select(r => (Name: r.First, Server: r.Second)).ToList();
            runs.Add((batch, states.Count(s => s.Name == "Processing"), states.Count(s => s.Name == "Succeeded"),
                states.Where(s => s.Name == "Processing").Select(s => s.Server).FirstOrDefault()));
        }

        await TestContext.Out.WriteLineAsync(
            $"{batches} jobs enqueued on A ran on: {string.Join(", ", runs.GroupBy(r => r.Server).Select(g => $"{g.Count()} on {g.Key}"))}.");
        Assert.Multiple(() =>
        {
            Assert.That(servers, Has.Count.EqualTo(2), "each node runs a Hangfire server on the shared storage");
            Assert.That(runs.Where(r => r.Processing != 1 || r.Succeeded != 1), Is.Empty, "each job started once and succeeded once");
            Assert.That(runs.Select(r => r.Server).Distinct(), Is.SubsetOf(servers), "each job ran on one of the two nodes");
        });
    }

    [Test]
    public async Task Wrong_codes_spread_over_both_nodes_hit_the_limits_at_the_same_count_as_on_one_node()
    {
        var sequential = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= DeviceAttempts; attempt++)
        {
            sequential.Add(await WrongCodeStatusAsync(attempt % 2 == 0 ? A : B, "tablet-one"));
        }

        // the tablet over its own limit did not use up the global one: DeviceAttempts of GlobalAttempts are used
        var atOnce = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => WrongCodeStatusAsync(i % 2 == 0 ? A : B, $"tablet-{i}")));

        Assert.Multiple(() =>
        {
            Assert.That(sequential, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.BadRequest, DeviceAttempts).Append(HttpStatusCode.TooManyRequests)),
                "one tablet, alternating between the nodes: limited after its own limit, as on one node");
            Assert.That(atOnce.Count(s => s == HttpStatusCode.BadRequest), Is.EqualTo(GlobalAttempts - DeviceAttempts),
                "ten tablets at once on both nodes: exactly the rest of the global limit gets a try");
            Assert.That(atOnce.Count(s => s == HttpStatusCode.TooManyRequests), Is.EqualTo(10 - (GlobalAttempts - DeviceAttempts)));
        });
    }

    private static async Task<HttpStatusCode> WrongCodeStatusAsync(ServiceProcess node, string device)
    {
        var jar = new CookieContainer();
        jar.Add(new Cookie(TabletDevice.CookieName, device, "/", node.BaseAddress.Host));
        using var tablet = node.CreateClient(jar);
        using var response = await tablet.PostRedeemAsync(WrongCode);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero), "429 says when to try again");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }

        return response.StatusCode;
    }

    private async Task WaitUntilDoneAsync(List<Guid> batches)
    {
        var deadline = DateTime.UtcNow + JobLimit;
        while (true)
        {
            await using var db = Database.NewDbContext();
            var statuses = await db.SummaryBatchRequests.Where(r => batches.Contains(r.Id)).Select(r => r.Status).ToListAsync();
            if (statuses.All(s => s is SummaryBatchStatus.Done or SummaryBatchStatus.Failed))
            {
                Assert.That(statuses, Is.All.EqualTo(SummaryBatchStatus.Done));
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The jobs were not all done within {JobLimit.TotalSeconds:0} s: {string.Join(", ", statuses)}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Rows of two text columns from Hangfire's own tables, which the application does not expose.</summary>
    private async Task<List<(string First, string? Second)>> HangfireRowsAsync(string sql, string? batch = null)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (batch is not null)
        {
            command.Parameters.AddWithValue("batch", batch);
        }

        var rows = new List<(string, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return rows;
    }
}
