namespace AllianceTracker.Core.Flags.Engine;

/// <summary>
/// A rater's own earlier totals on one form, summarised. The reference SD is the stricter (larger)
/// of the rater's own spread and the spread across patients (Gumz et al. 2012).
/// </summary>
internal sealed record Baseline(int Count, double Mean, double OwnSd, double BetweenPatientSd, string BetweenPatientSdSource)
{
    public double ReferenceSd => Math.Max(OwnSd, BetweenPatientSd);

    /// <summary>How many reference SDs <paramref name="score"/> lies above (positive) or below (negative) the mean.</summary>
    public double StandardisedDistance(double score) => (score - Mean) / ReferenceSd;

    public static Baseline Of(IReadOnlyList<double> totals, double betweenPatientSd, string betweenPatientSdSource)
    {
        var mean = totals.Sum() / totals.Count;
        var ownSd = totals.Count < 2
            ? 0
            : Math.Sqrt(totals.Sum(total => (total - mean) * (total - mean)) / (totals.Count - 1));
        return new Baseline(totals.Count, mean, ownSd, betweenPatientSd, betweenPatientSdSource);
    }
}
