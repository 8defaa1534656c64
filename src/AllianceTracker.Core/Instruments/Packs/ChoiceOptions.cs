using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>
/// The fixed option vocabulary of choice items and the integer code each option is answered with.
/// Codes are part of the pack format and are stored in <see cref="RatingAnswer.Value"/>, so they
/// are written out here rather than taken from enum ordinals, which may be reordered.
/// </summary>
public static class ChoiceOptions
{
    public const string No = "no";
    public const string Yes = "yes";
    public const string ALittle = "aLittle";
    public const string ALot = "aLot";
    public const string Agrees = "agrees";
    public const string AcceptsButDoesNotAgree = "acceptsButDoesNotAgree";
    public const string Disagrees = "disagrees";
    public const string NoDecisionToday = "noDecisionToday";

    private static readonly Dictionary<string, int> RuptureCodes = new(StringComparer.Ordinal)
    {
        [No] = 0,
        [ALittle] = 1,
        [ALot] = 2,
    };

    private static readonly Dictionary<string, int> TalkedThroughCodes = new(StringComparer.Ordinal)
    {
        [No] = 0,
        [Yes] = 1,
    };

    private static readonly Dictionary<string, int> AgreementCodes = new(StringComparer.Ordinal)
    {
        [Agrees] = 0,
        [AcceptsButDoesNotAgree] = 1,
        [Disagrees] = 2,
        [NoDecisionToday] = 3,
    };

    private static readonly Dictionary<string, int> None = new(StringComparer.Ordinal);

    /// <summary>Option name → answer code for a subscale; empty for subscales that are not choices.</summary>
    public static IReadOnlyDictionary<string, int> CodesFor(Subscale subscale) => subscale switch
    {
        Subscale.Rupture => RuptureCodes,
        Subscale.RuptureTalkedThrough => TalkedThroughCodes,
        Subscale.Agreement => AgreementCodes,
        _ => None,
    };

    public static RuptureAnswer ToRuptureAnswer(int code) => code switch
    {
        0 => RuptureAnswer.No,
        1 => RuptureAnswer.ALittle,
        2 => RuptureAnswer.ALot,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a rupture answer code."),
    };

    public static bool ToTalkedThrough(int code) => code switch
    {
        0 => false,
        1 => true,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a talked-through answer code."),
    };

    public static AgreementPosition ToAgreementPosition(int code) => code switch
    {
        0 => AgreementPosition.Agrees,
        1 => AgreementPosition.AcceptsButDoesNotAgree,
        2 => AgreementPosition.Disagrees,
        3 => AgreementPosition.NoDecisionToday,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an agreement answer code."),
    };
}
