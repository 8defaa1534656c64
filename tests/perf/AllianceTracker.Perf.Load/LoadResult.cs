namespace AllianceTracker.Perf.Load;

/// <summary>
/// A load run: throughput and latency of the acknowledged (2xx) requests started after the warm-up, the failures among
/// them by status or error, and over the whole run (warm-up included) how many were acknowledged, failed, or got no answer.
/// </summary>
public sealed record LoadResult(
    int Measured, double PerSecond, double P50, double P95, double P99, IReadOnlyDictionary<string, int> Failures,
    int Acknowledged, int Failed, int NoAnswer, bool RanOut)
{
    public static LoadResult From(IReadOnlyCollection<ConnectionTally> connections, TimeSpan measuredTime)
    {
        var latencies = connections.SelectMany(c => c.MeasuredLatenciesMs).Order().ToArray();
        var failures = connections.SelectMany(c => c.MeasuredFailures)
            .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        return new LoadResult(
            latencies.Length, latencies.Length / measuredTime.TotalSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), failures,
            connections.Sum(c => c.Acknowledged), connections.Sum(c => c.Failed), connections.Sum(c => c.NoAnswer), connections.Any(c => c.RanOut));
    }

    public override string ToString() =>
        $"{Measured:N0} acknowledged in the measured time, {PerSecond:N1}/s; p50 {P50:N0} ms, p95 {P95:N0} ms, p99 {P99:N0} ms; " +
        $"errors: {(Failures.Count == 0 ? "none" : string.Join(", ", Failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Value:N0} × {f.Key}")))}" +
        (RanOut ? " (ran out of sessions to rate before the end: seed more with --sessions)" : "");

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
