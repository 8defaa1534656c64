namespace AllianceTracker.Core.Dashboard;

/// <summary>
/// Hides figures drawn from fewer than <see cref="MinimumPatients"/> patients (primary suppression), then hides
/// more until no hidden figure can be recovered by subtraction (secondary suppression):
/// <list type="bullet">
/// <item>over time: when a metric's period total is shown and exactly one of its buckets is hidden, the shown bucket
/// with the fewest patients is hidden too;</item>
/// <item>over parts: when a metric is shown and exactly one of its parts (e.g. one legal section of the autonomy rate)
/// is hidden in a column, the shown part with the fewest patients is hidden too, or the whole when there is none.</item>
/// </list>
/// Both rules run until nothing changes.
/// </summary>
public static class SmallNumberSuppression
{
    public const int MinimumPatients = 5;

    /// <param name="metrics">One row per metric.</param>
    /// <param name="figures">Per metric, the buckets in order followed by the period total and the previous period's total.</param>
    /// <returns>Per metric and column, whether the figure is hidden.</returns>
    public static bool[][] Apply(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<IReadOnlyList<RawFigure>> figures)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(figures);
        var hidden = figures.Select(row => row.Select(f => f.Patients < MinimumPatients).ToArray()).ToArray();
        var bucketCount = figures.Count == 0 ? 0 : figures[0].Count - 2;
        var rows = metrics.Select((m, i) => (Metric: m, Row: i)).ToDictionary(x => x.Metric.Key, x => x.Row);

        bool changed;
        do
        {
            changed = false;
            for (var m = 0; m < metrics.Count; m++)
            {
                if (metrics[m].IsAdditive && !hidden[m][bucketCount])
                {
                    changed |= HideOneMore(figures[m], hidden[m], Enumerable.Range(0, bucketCount).ToList(), () => hidden[m][bucketCount] = true);
                }
            }

            foreach (var parent in metrics.Where(p => rows.ContainsKey(p.Key)))
            {
                var p = rows[parent.Key];
                var parts = metrics.Where(c => c.Parent == parent.Key && c.IsAdditive).Select(c => rows[c.Key]).ToList();
                for (var column = 0; column < figures[p].Count && parts.Count > 0; column++)
                {
                    if (!hidden[p][column])
                    {
                        var col = column;
                        changed |= HideOneMore(
                            parts.Select(r => figures[r][col]).ToList(),
                            parts.Select(r => hidden[r]).ToList(),
                            col,
                            () => hidden[p][col] = true);
                    }
                }
            }
        }
        while (changed);

        return hidden;
    }

    private static bool HideOneMore(IReadOnlyList<RawFigure> row, bool[] hidden, List<int> columns, Action hideWhole)
    {
        if (columns.Count(c => hidden[c]) != 1)
        {
            return false;
        }

        var shown = columns.Where(c => !hidden[c]).OrderBy(c => row[c].Patients).ThenBy(c => c).ToList();
        if (shown.Count == 0)
        {
            hideWhole();
        }
        else
        {
            hidden[shown[0]] = true;
        }

        return true;
    }

    private static bool HideOneMore(IReadOnlyList<RawFigure> parts, IReadOnlyList<bool[]> hiddenRows, int column, Action hideWhole)
    {
        var hidden = hiddenRows.Select(r => r[column]).ToArray();
        var changed = HideOneMore(parts, hidden, [.. Enumerable.Range(0, parts.Count)], hideWhole);
        for (var i = 0; i < hidden.Length; i++)
        {
            hiddenRows[i][column] = hidden[i];
        }

        return changed;
    }
}
