using System.Globalization;
using System.Text;
using AllianceTracker.Core.Dashboard;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>
/// The buckets of a dashboard in tidy long form (ward, period start, metric, value, n, suppressed): RFC 4180 with
/// CRLF line ends, UTF-8. A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) is prefixed with '.
/// </summary>
public static class DashboardCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Write(string wardName, WardFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var csv = new StringBuilder();
        Row(csv, "ward", "period_start", "metric", "value", "n", "suppressed");
        foreach (var series in figures.Metrics)
        {
            for (var i = 0; i < figures.Buckets.Count; i++)
            {
                var figure = series.Buckets[i];
                Row(csv,
                    wardName,
                    figures.Buckets[i].Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    series.Metric.Key,
                    figure.Display(series.Metric.Kind),
                    figure.Patients?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    figure.Suppressed ? "true" : "false");
            }
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
