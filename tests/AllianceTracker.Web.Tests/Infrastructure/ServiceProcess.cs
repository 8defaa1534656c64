using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>
/// The built service run as an operating-system process of its own (<c>dotnet AllianceTracker.Web.dll</c>) in the
/// Production environment on a free loopback port, so that it can be killed and started again, or run beside a
/// second node on the same database, as in a deployment.
/// </summary>
public sealed partial class ServiceProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);
    private const int OutputLinesKept = 60;

    private readonly Dictionary<string, string?> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private ServiceProcess(Dictionary<string, string?> settings, int port)
    {
        _settings = settings;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    /// <summary>The operating-system process id of the running service.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The service is not running.");

    /// <summary>Starts the service with exactly these settings and waits until it is ready.</summary>
    public static async Task<ServiceProcess> StartAsync(IDictionary<string, string?> settings)
    {
        var service = new ServiceProcess(new Dictionary<string, string?>(settings), LoopbackPort.Free());
        await service.StartAgainAsync();
        return service;
    }

    /// <summary>Starts the service (again) on the same port and database and waits until /health/ready answers 200.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AllianceTracker.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync(_process);
    }

    /// <summary>Kills the service at once. On Linux Process.Kill sends SIGKILL: nothing in the service runs afterwards.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>A client of this node; clients sharing a jar share their cookies, as behind one load balancer.</summary>
    public HttpClient CreateClient(CookieContainer? jar = null) =>
        new(new LoopbackCookies(jar ?? new CookieContainer())) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLinesKept && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilReadyAsync(Process process)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartLimit;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await probe.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // listening, but too busy starting to answer within the probe's timeout
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        Kill();
        throw new InvalidOperationException(
            $"The service did not become ready within {StartLimit.TotalSeconds:0} s (exited: {process.HasExited}). Its last output:\n" +
            string.Join('\n', _output));
    }
}
