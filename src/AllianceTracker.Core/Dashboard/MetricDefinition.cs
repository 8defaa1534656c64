namespace AllianceTracker.Core.Dashboard;

public enum MetricKind
{
    /// <summary>A sum of counts; drawn from the patients who contributed to it.</summary>
    Count,

    /// <summary>100 × numerator / denominator; drawn from the patients in the denominator.</summary>
    Ratio,

    /// <summary>100 × count / occupied bed-days; drawn from the patients who contributed to the count (bed-days are exposure, not patients' data).</summary>
    PerHundredBedDays,

    /// <summary>The median of samples; drawn from the patients who gave a sample.</summary>
    Median,

    /// <summary>Rupture episodes open at the end of the period; drawn from their patients.</summary>
    OpenAtEnd,
}

/// <param name="Numerator">The fact key counted (for <see cref="MetricKind.PerHundredBedDays"/> a key prefix; for medians the sample key).</param>
/// <param name="Parent">The metric this one is a part of, when the parts add up to it (same denominator).</param>
public sealed record MetricDefinition(
    string Key,
    string Group,
    string Title,
    string Unit,
    MetricKind Kind,
    string Numerator,
    string? Denominator = null,
    string? Parent = null)
{
    /// <summary>Whether values of this metric add up over periods and parts, so a hidden one could be recovered by subtraction.</summary>
    public bool IsAdditive => Kind is MetricKind.Count or MetricKind.Ratio or MetricKind.PerHundredBedDays;

    /// <summary>The heading of docs/metrics.md that defines it; section and measure rates share the autonomy rate's.</summary>
    public string Anchor => Key.StartsWith(MetricCatalog.AutonomyRate, StringComparison.Ordinal) ? MetricCatalog.AutonomyRate : Key;
}
