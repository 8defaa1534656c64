using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Flags.Engine;

/// <summary>One rater's scores for one session, with the instrument data the rules need.</summary>
public sealed record RatingPoint
{
    public required Guid InstrumentVersionId { get; init; }

    /// <summary>Lowest possible total raw score of the form.</summary>
    public required double ScaleMin { get; init; }

    /// <summary>Highest possible total raw score of the form.</summary>
    public required double ScaleMax { get; init; }

    public required double TotalRaw { get; init; }
    public double? GoalRaw { get; init; }
    public double? TaskRaw { get; init; }
    public double? BondRaw { get; init; }
    public RuptureAnswer Rupture { get; init; } = RuptureAnswer.No;
    public bool? RuptureTalkedThrough { get; init; }
    public AgreementPosition? MainDecisionAgreement { get; init; }

    /// <summary>Reliability r of the total score, for the reliable change index.</summary>
    public double Reliability { get; init; } = 0.85;

    /// <summary>Normative SD of the total raw score; 0 when the instrument has none.</summary>
    public double NormativeSd { get; init; }

    /// <summary>The total on 0–100 of the form's range.</summary>
    public double Total100 => (TotalRaw - ScaleMin) / (ScaleMax - ScaleMin) * 100;
}
