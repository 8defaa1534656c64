namespace AllianceTracker.Perf.Load;

/// <summary>A process's memory as Linux reports it in /proc/&lt;pid&gt;/status.</summary>
public static class ServiceMemory
{
    /// <summary>The peak resident set (VmHWM, "high water mark") since the process started, in bytes.</summary>
    public static long PeakWorkingSet(int processId) => Read(processId, "VmHWM:");

    /// <summary>The resident set now (VmRSS), in bytes.</summary>
    public static long WorkingSet(int processId) => Read(processId, "VmRSS:");

    private static long Read(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").Single(l => l.StartsWith(field, StringComparison.Ordinal));
        // "VmHWM:	  312340 kB"
        return long.Parse(line[field.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
