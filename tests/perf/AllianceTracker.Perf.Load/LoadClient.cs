using System.Diagnostics;
using System.Net.Http.Headers;

namespace AllianceTracker.Perf.Load;

/// <summary>
/// Keeps a number of requests in flight on as many loopback connections for a warm-up and then a measured time.
/// Request <c>i</c> is made by the caller; a request made when the caller has none left (it returns null) ends that connection's loop.
/// </summary>
public sealed class LoadClient(Uri baseAddress, string token, LoadOptions options)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public async Task<LoadResult> RunAsync(Func<long, HttpRequestMessage?> request)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = RequestTimeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var next = -1L;
        var clock = Stopwatch.StartNew();
        var end = options.WarmUp + options.Duration;
        var connections = await Task.WhenAll(Enumerable.Range(0, options.Connections).Select(async _ =>
        {
            var tally = new ConnectionTally();
            while (clock.Elapsed < end && request(Interlocked.Increment(ref next)) is { } message)
            {
                var started = clock.Elapsed;
                string outcome;
                try
                {
                    using (message)
                    using (var response = await client.SendAsync(message))
                    {
                        await response.Content.LoadIntoBufferAsync();
                        outcome = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                catch (HttpRequestException exception)
                {
                    outcome = exception.HttpRequestError.ToString();
                }
                catch (TaskCanceledException)
                {
                    outcome = "timeout";
                }

                tally.Add(started >= options.WarmUp, outcome, clock.Elapsed - started);
            }

            tally.RanOut = clock.Elapsed < end;
            return tally;
        }));

        return LoadResult.From(connections, clock.Elapsed - options.WarmUp);
    }
}

/// <summary>What one connection sent and got back; merged into a <see cref="LoadResult"/> at the end.</summary>
public sealed class ConnectionTally
{
    public List<double> MeasuredLatenciesMs { get; } = [];
    public Dictionary<string, int> MeasuredFailures { get; } = [];
    public int Acknowledged { get; private set; }
    public int NoAnswer { get; private set; }
    public int Failed { get; private set; }
    public bool RanOut { get; set; }

    public void Add(bool measured, string outcome, TimeSpan latency)
    {
        var acknowledged = outcome.StartsWith('2');
        Acknowledged += acknowledged ? 1 : 0;
        NoAnswer += char.IsDigit(outcome[0]) ? 0 : 1;
        Failed += acknowledged ? 0 : 1;
        if (!measured)
        {
            return;
        }

        if (acknowledged)
        {
            MeasuredLatenciesMs.Add(latency.TotalMilliseconds);
        }
        else
        {
            MeasuredFailures[outcome] = MeasuredFailures.GetValueOrDefault(outcome) + 1;
        }
    }
}
