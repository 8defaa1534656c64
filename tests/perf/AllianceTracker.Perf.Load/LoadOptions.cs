using System.Globalization;

namespace AllianceTracker.Perf.Load;

/// <summary>How hard and how long to load the service: <c>--connections 64 --seconds 30 --warmup 10 [--sessions N]</c>.</summary>
public sealed record LoadOptions(int Connections, TimeSpan Duration, TimeSpan WarmUp, int? Sessions)
{
    // Well above what the real path reaches on a small machine; a run that still runs out says so.
    private const int RequestsPerConnectionSecond = 10;

    /// <summary>Unrated sessions to seed: each request of the real path rates one, as a therapist rates each session once.</summary>
    public int SessionsToSeed => Sessions ?? Connections * (int)(Duration + WarmUp).TotalSeconds * RequestsPerConnectionSecond;

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        return new LoadOptions(
            values.GetValueOrDefault("connections", 64),
            TimeSpan.FromSeconds(values.GetValueOrDefault("seconds", 30)),
            TimeSpan.FromSeconds(values.GetValueOrDefault("warmup", 10)),
            values.TryGetValue("sessions", out var sessions) ? sessions : null);
    }
}
