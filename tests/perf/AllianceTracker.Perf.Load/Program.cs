using AllianceTracker.Perf.Load;

// Usage: dotnet run -c Release -- [--connections 64] [--seconds 30] [--warmup 10] [--sessions N]
var options = LoadOptions.Parse(args);
Console.WriteLine($"{options.Connections} connections, {options.WarmUp.TotalSeconds:0} s warm-up then {options.Duration.TotalSeconds:0} s measured, on loopback");
await using var seeded = await SeededService.StartAsync(options.SessionsToSeed);
var serviceId = seeded.Service.ProcessId;
var submissions = new RatingSubmissions(seeded);
var load = new LoadClient(seeded.Service.BaseAddress, seeded.Token, options);

// start-up and seeding (patients registered through the API) are not the load the memory goal is set on
var peakSinceStart = LinuxProcess.PeakWorkingSet(serviceId);
LinuxProcess.ResetPeakWorkingSet(serviceId);
var real = await PhaseAsync("real path: POST /api/v1/sessions/{id}/ratings (checks, EF, flags recomputed, audit event)", submissions.Real);
var peak = LinuxProcess.PeakWorkingSet(serviceId);
var baseline = await PhaseAsync("baseline: the same rating and answers inserted with raw Npgsql", submissions.Baseline);

var ratio = real.Result.PerSecond / baseline.Result.PerSecond;
Console.WriteLine($"throughput real/baseline: {ratio:F2} (goal ≥ 0.5: {(ratio >= 0.5 ? "met" : "not met")})");
Console.WriteLine($"service's peak working set (VmHWM) under the real path's load: {Megabytes(peak)} (goal < 400 MB: {(peak < 400L * 1024 * 1024 ? "met" : "not met")}); " +
                  $"during start-up and seeding: {Megabytes(peakSinceStart)}; highest of all, the baseline's load included: {Megabytes(LinuxProcess.PeakWorkingSet(serviceId))}; " +
                  $"resident now {Megabytes(LinuxProcess.WorkingSet(serviceId))}");
if (!real.NothingLost || !baseline.NothingLost)
{
    Environment.ExitCode = 1;
}

async Task<(LoadResult Result, bool NothingLost)> PhaseAsync(string name, Func<long, HttpRequestMessage?> request)
{
    Console.WriteLine($"{name}; load average before: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    var (ratingsBefore, workBefore, cpuBefore) = (await seeded.CountRatingsAsync(), await DatabaseWork.ReadAsync(seeded.ConnectionString), LinuxProcess.ProcessorTime(serviceId));
    var result = await load.RunAsync(request);
    var cpu = LinuxProcess.ProcessorTime(serviceId) - cpuBefore;
    var (stored, work) = (await seeded.CountRatingsAsync() - ratingsBefore, await DatabaseWork.ReadAsync(seeded.ConnectionString));
    // a request that got no answer may or may not have been stored; every acknowledged one must have been
    var nothingLost = stored >= result.Acknowledged && stored <= result.Acknowledged + result.NoAnswer;
    var requests = result.Acknowledged + result.Failed;
    Console.WriteLine($"  {result}");
    Console.WriteLine($"  stored {stored:N0} ratings for {result.Acknowledged:N0} acknowledged requests (warm-up included), " +
                      $"{result.Failed:N0} failed, {result.NoAnswer:N0} without an answer: {(nothingLost ? "nothing lost" : "MISMATCH")}");
    Console.WriteLine($"  service processor time per request (warm-up included): {cpu.TotalMilliseconds / requests:N1} ms");
    Console.WriteLine($"  database work per request: {work.PerRequestSince(workBefore, requests)}");
    return (result, nothingLost);
}

static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024:N0} MB";
