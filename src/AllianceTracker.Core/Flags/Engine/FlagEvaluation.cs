namespace AllianceTracker.Core.Flags.Engine;

/// <summary>The result of one evaluation: findings and rupture episodes, in a fixed order. Compared by value.</summary>
public sealed record FlagEvaluation(IReadOnlyList<Finding> Findings, IReadOnlyList<RuptureEpisodeResult> RuptureEpisodes)
{
    public bool Equals(FlagEvaluation? other) =>
        other is not null
        && Findings.SequenceEqual(other.Findings)
        && RuptureEpisodes.SequenceEqual(other.RuptureEpisodes);

    public override int GetHashCode() => HashCode.Combine(Findings.Count, RuptureEpisodes.Count);
}
