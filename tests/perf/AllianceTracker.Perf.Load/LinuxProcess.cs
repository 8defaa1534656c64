using System.Globalization;

namespace AllianceTracker.Perf.Load;

/// <summary>A process's memory and processor time as Linux reports them under /proc/&lt;pid&gt;/.</summary>
public static class LinuxProcess
{
    // USER_HZ, the unit of the times in /proc/<pid>/stat: 100 on every Linux this runs on
    private const double TicksPerSecond = 100;

    /// <summary>The peak resident set (VmHWM, "high water mark") since the process started or since <see cref="ResetPeakWorkingSet"/>, in bytes.</summary>
    public static long PeakWorkingSet(int processId) => Status(processId, "VmHWM:");

    /// <summary>Starts the peak resident set again from the resident set now (Linux 4.0 and later: "5" written to clear_refs).</summary>
    public static void ResetPeakWorkingSet(int processId) => File.WriteAllText($"/proc/{processId}/clear_refs", "5");

    /// <summary>The resident set now (VmRSS), in bytes.</summary>
    public static long WorkingSet(int processId) => Status(processId, "VmRSS:");

    /// <summary>Processor time used so far, user and system, by all the process's threads.</summary>
    public static TimeSpan ProcessorTime(int processId)
    {
        // the fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static long Status(int processId, string field)
    {
        // e.g. "VmHWM:	  312340 kB"
        var line = File.ReadLines($"/proc/{processId}/status").Single(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
    }
}
