using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Tests.Infrastructure;
using AllianceTracker.Web.Tests.Reliability.Fuzzing;

namespace AllianceTracker.Web.Tests.Reliability;

/// <summary>
/// Ten thousand generated requests across every API endpoint, on PostgreSQL, every one answered and checked. The seed
/// is printed; ALLIANCE_FUZZ_SEED runs another sequence or the same one again. A run still going after
/// ALLIANCE_FUZZ_MINUTES fails rather than hold up the suite: the service or the machine has become too slow.
/// </summary>
[NonParallelizable]
public class ApiFuzzTests
{
    private const int RequestCount = 10_000;
    private const int DefaultSeed = 20261126;
    private const double DefaultMinutes = 4;

    private AllianceAppFactory? _app;

    private AllianceAppFactory App => _app ?? throw new InvalidOperationException("The application has not started.");

    [OneTimeSetUp]
    public async Task StartApplication() => _app = await AllianceAppFactory.StartAsync(DatabaseProvider.Postgres);

    [OneTimeTearDown]
    public void StopApplication() => _app?.Dispose();

    [Test]
    public async Task Ten_thousand_hostile_requests_get_4xx_problem_details_or_success_and_never_a_5xx()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ALLIANCE_FUZZ_SEED"), out var chosen) ? chosen : DefaultSeed;
        var runLimit = TimeSpan.FromMinutes(double.TryParse(Environment.GetEnvironmentVariable("ALLIANCE_FUZZ_MINUTES"), CultureInfo.InvariantCulture, out var minutes) ? minutes : DefaultMinutes);
        await TestContext.Out.WriteLineAsync($"Fuzz seed {seed} (ALLIANCE_FUZZ_SEED), {RequestCount} requests, at most {runLimit.TotalMinutes} minutes (ALLIANCE_FUZZ_MINUTES)");
        var callers = new Dictionary<FuzzCaller, HttpClient>
        {
            [FuzzCaller.Therapist] = await App.SignInAsync("therapist1@demo.example"),
            [FuzzCaller.Manager] = await App.SignInAsync("manager@demo.example"),
            [FuzzCaller.Admin] = await App.SignInAsync("admin@demo.example"),
            [FuzzCaller.Anonymous] = App.CreateHttpsClient(),
        };
        var surface = await ApiSurface.ReadAsync(App.Services, callers[FuzzCaller.Therapist]);
        await using var db = App.NewDbContext();
        var fuzzer = new RequestFuzzer(surface, await KnownIds.ReadAsync(db), seed);
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();

        var clock = Stopwatch.StartNew();
        using var limit = new CancellationTokenSource(runLimit);
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, RequestCount), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = limit.Token },
                async (index, cancellationToken) =>
                {
                    var fuzzCase = fuzzer.Make(index);
                    using var request = fuzzCase.ToRequest();
                    try
                    {
                        using var response = await callers[fuzzCase.Caller].SendAsync(request, cancellationToken);
                        statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                        if (await ProblemWithAsync(response) is { } problem)
                        {
                            failures.Enqueue($"{fuzzCase} -> {problem}");
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // the in-memory server hands an exception that escaped the pipeline to the client
                        statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                        failures.Enqueue($"{fuzzCase} -> {e.GetType().Name}: {e.Message}");
                    }
                });
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            // the time limit ends the run, which then fails for the requests it did not answer
        }

        var took = clock.Elapsed;
        var answered = statuses.Values.Sum();

        using var live = await callers[FuzzCaller.Anonymous].GetAsync("/health/live");
        using var patients = await callers[FuzzCaller.Therapist].GetAsync("/api/v1/patients");
        await TestContext.Out.WriteLineAsync($"{answered} of {RequestCount} answered in {took.TotalSeconds:F0} s across {surface.Operations.Count} operations; by status: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        foreach (var failure in failures.Take(40))
        {
            await TestContext.Out.WriteLineAsync(failure);
        }

        foreach (var client in callers.Values)
        {
            client.Dispose();
        }

        Assert.Multiple(() =>
        {
            Assert.That(surface.Operations, Has.Count.GreaterThanOrEqualTo(40), "every API endpoint is enumerated");
            Assert.That(answered, Is.EqualTo(RequestCount), $"every request answered within the limit of {runLimit.TotalMinutes} minutes (ALLIANCE_FUZZ_MINUTES)");
            Assert.That(statuses.Keys, Has.Some.InRange(200, 299), "some generated requests were valid and succeeded");
            Assert.That(failures.Take(25), Is.Empty, $"{failures.Count} bad answers (seed {seed})");
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the service is still up");
            Assert.That(patients.StatusCode, Is.EqualTo(HttpStatusCode.OK), "and still serves");
        });
    }

    private static async Task<string?> ProblemWithAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return $"{status} {body[..Math.Min(body.Length, 300)]}";
        }

        return response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? null
            : $"{status} without problem details ({response.Content.Headers.ContentType?.MediaType ?? "no body"})";
    }
}
